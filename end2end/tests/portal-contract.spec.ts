import { test, expect } from './fixtures';
import { demo, expectAccessible, freshCode, loggedInAsOwner, newUserLoggedIn, operator } from './helpers';
import { maildevUrl, serverEnv } from '../playwright.config';

// Runs after login.spec.ts (files run in name order), which sets up the
// owner's authenticator.
loggedInAsOwner(test, 'contract');

/** Moves the day the portal's date rules count from (test builds only). */
async function setToday(request, day: string) {
  const r = await request.put('/operator/test-clock', {
    headers: { authorization: `Bearer ${serverEnv.PORTAL_OPERATOR_TOKEN}` },
    data: { today: day },
  });
  expect(r.status(), await r.text()).toBe(200);
}

const berlinToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });

test.afterAll(async ({ request }) => {
  await setToday(request, berlinToday());
});

test('the contract page shows terms, monthly costs and the dates of a cancellation today', async ({ page, request }) => {
  // 27 Nov 2026: one month to a month end is 31 Dec; data deleted on 1 Jan;
  // backups gone after 14 days; the export ready 7 Werktage later (1 Jan is
  // a holiday, Sat 2 Jan counts): 9 Jan, downloadable until 19 Jan.
  await setToday(request, '2026-11-27');
  await page.goto('/vertrag');
  await expect(page.getByRole('heading', { level: 1, name: 'Vertrag' })).toBeVisible();
  const terms = page.getByRole('region', { name: 'Ihr Vertrag' });
  await expect(terms).toContainText('01.03.2024');
  await expect(terms).toContainText('ein Monat zum Monatsende');
  const items = page.getByRole('region', { name: 'Gebuchte Leistungen' });
  await expect(items.getByRole('rowheader', { name: 'Exchange-Postfächer' })).toBeVisible();
  await expect(items).toContainText('zzgl. 19 % USt.');
  const today = page.getByRole('region', { name: 'Wenn Sie heute kündigen' });
  for (const [label, date] of [
    ['Vertragsende', '31.12.2026'],
    ['Datenübernahme beauftragen bis', '01.12.2026'],
    ['Alle Daten werden gelöscht am', '01.01.2027'],
    ['Backups gelöscht spätestens am', '14.01.2027'],
    ['Export bereitgestellt spätestens am', '09.01.2027'],
    ['Export abrufbar bis', '19.01.2027'],
  ]) {
    await expect(today.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]')).toHaveText(date);
  }
  await expect(page.getByRole('region', { name: 'Microsoft-365-Add-ons' })).toContainText('31.12.2026');
  await expectAccessible(page);
});

test('an admin may cancel Microsoft 365 add-ons but not the contract', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: 'de-DE' });
  const page = await context.newPage();
  await newUserLoggedIn(page, 'admin');
  await page.goto('/vertrag/kuendigen');
  await expect(page.getByRole('radio', { name: 'Microsoft 365 Business Basic' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Vertrag rhönmail Exchange/ })).toHaveCount(0);
  // Sent by hand anyway, the server refuses it and stores nothing.
  const r = await page.request.post('/api/cancel', {
    form: { target: 'contract', end: '', confirm: 'yes', password: demo.password, code: '000000', request_key: 'admin-try' },
  });
  expect(r.status()).toBe(422);
  expect(await r.text()).toContain('cancel-contract-owner-only');
  await page.goto('/vertrag');
  await expect(page.locator('#kuendigung-hinweis')).toHaveCount(0);
  await context.close();
});

test('the data takeover is not offered once its deadline has passed', async ({ page, request }) => {
  // Received 31 Jan 2027, the earliest end is 28 Feb; the takeover had to be
  // ordered by 29 Jan. For the end of March it is still in time.
  await setToday(request, '2027-01-31');
  await page.goto('/vertrag/kuendigen');
  const end = page.getByLabel('Vertragsende');
  await expect(end.locator('option').first()).toHaveText('frühestens 28.02.2027');
  await expect(page.locator('#cancel-takeover-missed')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Datenübernahme beauftragen/ })).toHaveCount(0);
  await end.selectOption('2027-03-31');
  await expect(page.getByRole('checkbox', { name: /Datenübernahme beauftragen/ })).toBeVisible();
  await expect(page.getByText('Beauftragung möglich bis 01.03.2027.')).toBeVisible();
});

test('an owner cancels the contract with the wizard and the mail reaches the contract address', async ({ page, request }) => {
  await setToday(request, '2026-11-27');
  await page.goto('/vertrag');
  await page.getByRole('link', { name: 'Kündigung vorbereiten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kündigen' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Vertrag rhönmail Exchange/ })).toBeChecked();

  // The summary follows every choice at once.
  const summary = page.getByRole('region', { name: '4. Zusammenfassung' });
  const end = page.getByLabel('Vertragsende');
  // A choice made before the island has hydrated changes nothing: retry until then.
  await expect(async () => {
    await end.selectOption('2027-01-31');
    await expect(summary).toContainText('Ende am 31.01.2027', { timeout: 1000 });
  }).toPass();
  await end.selectOption('2026-12-31');
  await expect(summary).toContainText('Ende am 31.12.2026');
  await expect(summary).toContainText('Mit dem Vertrag enden auch');
  await expect(summary).toContainText('am Tag nach dem Vertragsende unwiderruflich gelöscht');
  // The takeover's total for all 250 mailboxes, before confirming (49,00 € each, 19 % VAT).
  await expect(page.locator('#cancel-form')).toContainText('Für Ihre 250 Postfächer: 12.250,00 € netto, 14.577,50 € brutto, einmalig.');
  await page.getByRole('checkbox', { name: /Datenübernahme beauftragen/ }).check();
  await expect(summary).toContainText('Die Datenübernahme wird beauftragt');
  await expect(summary.locator('dt', { hasText: 'Export bereitgestellt spätestens am' }).locator('xpath=following-sibling::dd[1]')).toHaveText('09.01.2027');
  await expectAccessible(page);

  // Without the explicit confirmation the browser does not send it.
  await page.getByLabel('Aktuelles Passwort').fill(demo.password);
  await page.getByLabel('Aktueller Code aus der Authenticator-App').fill(await freshCode(demo.owner));
  await page.getByRole('checkbox', { name: 'Ich habe die Folgen gelesen und kündige verbindlich.' }).check();
  await page.getByRole('button', { name: 'Kündigung per E-Mail senden' }).click();

  await expect(page).toHaveURL(/\/vertrag\?gekuendigt=1/);
  await expect(page.getByText('Ihre Kündigung ist gespeichert.')).toBeVisible();
  const entry = page.locator('.cancellation').first();
  await expect(entry).toContainText('zum 31.12.2026');
  await expect(entry).toContainText('Datenübernahme beauftragt.');
  await expect(entry).toContainText('Kosten: 250 Postfächer × 49,00 € = 12.250,00 € netto, 14.577,50 € brutto.');

  let mail;
  await expect(async () => {
    const received = await (await request.get(`${maildevUrl}/email`)).json();
    mail = received.find((m) => m.to.some((t) => t.address === 'contract-de@rhoencloud.de'));
    expect(mail).toBeTruthy();
  }).toPass({ timeout: 30_000 });
  expect(mail.cc.map((c) => c.address)).toContain(demo.owner);
  expect(mail.subject).toContain('K-100234');
  const costLine = 'Kosten: 250 Postfächer × 49,00 € = 12.250,00 € netto, 14.577,50 € brutto.';
  for (const text of ['Muster GmbH', 'muster-gmbh.de', 'zum 31.12.2026', '01.01.2027', '14.01.2027', '09.01.2027', '19.01.2027', 'beauftragt', demo.owner, costLine]) {
    expect(mail.text).toContain(text);
  }

  // The page follows the mail: sent, with the Message-ID the server received.
  await expect(async () => {
    await page.reload();
    await expect(page.locator('.cancellation').first()).toHaveAttribute('data-mail-state', 'sent', { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  const messageId = String(mail.messageId ?? mail.headers['message-id']).replace(/[<>]/g, '');
  await expect(page.locator('.cancellation').first()).toContainText(messageId);

  // Every page's header shows the pending end; the operator records the
  // provider's confirmation, which the customer sees.
  await page.goto('/postfaecher');
  await expect(page.locator('#kuendigung-hinweis')).toHaveText('Gekündigt zum 31.12.2026');
  expect(operator('confirm-cancellation', 'K-100234', 'contract', '--note', 'Bestätigt durch Vertragsabteilung')).toBeTruthy();
  await page.goto('/vertrag');
  await expect(page.locator('.cancellation').first()).toContainText('Vom Anbieter bestätigt am');
  // Nothing left to cancel: the Microsoft 365 add-ons end with the contract.
  await expect(page.getByRole('link', { name: 'Kündigung vorbereiten' })).toHaveCount(0);
  await page.goto('/vertrag/kuendigen');
  await expect(page.locator('#cancel-nothing')).toHaveText(/^Der Vertrag ist bereits gekündigt\./);
  // The add-ons page books nothing more and offers no separate cancellation past the contract's end.
  await page.goto('/add-ons');
  await expect(page.locator('#addons-contract-ending')).toContainText('Der Vertrag ist zum 31.12.2026 gekündigt.');
  await expect(page.getByRole('button', { name: / buchen$/ })).toHaveCount(0);
  await expect(page.locator('#addons-booked-table select')).toHaveCount(0);
});

import { test, expect } from './fixtures';
import { demo, loggedInAsOwner, operator, submitLogin, totpCode } from './helpers';
import { serverEnv } from '../playwright.config';

// Runs after login.spec.ts (files run in name order), which sets up the
// owner's authenticator.
loggedInAsOwner(test, 'hardening');

test('markup in a display name from Exchange stays text, and the browser stays on the page', async ({ page, request }) => {
  // The least used mailbox gets a hostile display name (and keeps a low usage).
  await page.goto('/postfaecher?sortierung=belegung-auf');
  const first = page.getByRole('row').nth(1);
  const address = (await first.locator('.hint').innerText()).trim();
  const original = (await first.getByRole('link').innerText()).trim();
  const importName = async (name: string) => {
    const csv = `PrimarySmtpAddress,DisplayName,TotalItemSize\n${address},"${name.replaceAll('"', '""')}","1 GB (1,073,741,824 bytes)"\n`;
    const imported = await request.post('/operator/usage-import', {
      headers: { Authorization: `Bearer ${serverEnv.PORTAL_OPERATOR_TOKEN}`, 'Content-Type': 'text/csv' },
      data: csv,
    });
    expect(imported.status(), await imported.text()).toBe(200);
  };
  const hostile = '</title><meta http-equiv="refresh" content="0;url=http://127.0.0.2/x">';
  await importName(hostile);

  await page.getByLabel('Suche').fill(address);
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await page.getByRole('link', { name: hostile }).click();
  const mailboxUrl = page.url();
  expect(mailboxUrl).toMatch(/\/postfaecher\/[0-9a-f-]+$/);
  await expect(page).toHaveTitle(`${hostile} – Postfächer`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile);
  // A refresh after 0 s would have fired by now.
  await page.waitForTimeout(1500);
  expect(page.url()).toBe(mailboxUrl);
  await expect(page.locator('meta[http-equiv]')).toHaveCount(0);
  await importName(original);
});

test('the test clock answers inside the middleware: request id, security headers, cross-site refusal', async ({ request }) => {
  const auth = { authorization: `Bearer ${serverEnv.PORTAL_OPERATOR_TOKEN}` };
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
  const set = await request.put('/operator/test-clock', { headers: auth, data: { today } });
  expect(set.status()).toBe(200);
  expect(set.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  expect(set.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(set.headers()['x-content-type-options']).toBe('nosniff');
  const crossSite = await request.put('/operator/test-clock', {
    headers: { ...auth, 'sec-fetch-site': 'cross-site' },
    data: { today },
  });
  expect(crossSite.status()).toBe(403);
});

test.describe('two-factor set-up', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  /** A new user of the demo customer with a password, on the two-factor set-up page. */
  async function newUserAtSetUp(page) {
    const email = `schluessel.${Date.now()}@muster-gmbh.de`;
    const out = operator('create-user', '--customer', 'K-100234', '--email', email, '--name', 'Neu Schlüssel', '--role', 'readonly');
    const link = new URL(out.match(/https?:\/\/\S+\/passwort-setzen\?token=[0-9a-f]+/)![0]);
    await page.goto(link.pathname + link.search);
    await page.getByLabel('Neues Passwort', { exact: true }).fill(demo.password);
    await page.getByLabel('Neues Passwort wiederholen').fill(demo.password);
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await submitLogin(page, email, demo.password);
    await expect(page.getByRole('heading', { level: 1, name: 'Zwei-Faktor-Anmeldung einrichten' })).toBeVisible();
  }

  const step = () => Math.floor(Date.now() / 1000 / 30);
  const shownKey = async (page) => (await page.getByLabel('Schlüssel für die Authenticator-App').inputValue()).replace(/\s/g, '');
  const confirmWith = async (page, code: string) => {
    await page.getByLabel('Sechsstelliger Code').fill(code);
    await page.getByRole('button', { name: 'Einrichtung abschließen' }).click();
  };

  test("scanned, mistyped, reloaded: the first key's code still works", async ({ page }) => {
    await newUserAtSetUp(page);
    const scanned = await shownKey(page);
    const right = totpCode(scanned, step());
    await confirmWith(page, String((Number(right) + 1) % 1_000_000).padStart(6, '0'));
    await expect(page.getByRole('alert')).toContainText('Der Code stimmt nicht');
    await page.reload();
    expect(await shownKey(page)).toBe(scanned);
    await confirmWith(page, totpCode(scanned, step()));
    await expect(page.getByRole('heading', { level: 1, name: 'Ihre Wiederherstellungscodes' })).toBeVisible();
  });

  test('a new key only on request, and then that one counts', async ({ page }) => {
    await newUserAtSetUp(page);
    const first = await shownKey(page);
    await page.getByRole('button', { name: 'Neuen Schlüssel erzeugen' }).click();
    await expect(page.getByRole('status')).toContainText('Ein neuer Schlüssel wurde erzeugt');
    const renewed = await shownKey(page);
    expect(renewed).not.toBe(first);
    await page.reload();
    expect(await shownKey(page)).toBe(renewed);
    await confirmWith(page, totpCode(first, step()));
    await expect(page.getByRole('alert')).toContainText('Der Code stimmt nicht');
    await confirmWith(page, totpCode(renewed, step()));
    await expect(page.getByRole('heading', { level: 1, name: 'Ihre Wiederherstellungscodes' })).toBeVisible();
  });
});

import { test, expect } from './fixtures';
import { loggedInAsOwner, expectAccessible } from './helpers';
import { maildevUrl } from '../playwright.config';

loggedInAsOwner(test, 'portal');

test('the list of mailboxes needing attention expands after hydration', async ({ page }) => {
  await page.goto('/');
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(1 + 3);
  // The demo has 8 mailboxes above their warning threshold; other tests may have added some.
  const toggle = page.getByRole('button', { name: /^Alle \d+ anzeigen$/ });
  const total = Number((await toggle.innerText()).match(/\d+/)![0]);
  expect(total).toBeGreaterThanOrEqual(8);
  // The button only works once the WASM has hydrated the page: retry the click until then.
  await expect(async () => {
    if ((await toggle.count()) > 0) await toggle.click();
    await expect(page.getByRole('button', { name: 'Weniger anzeigen' })).toHaveAttribute('aria-expanded', 'true', { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await expect(table.getByRole('row')).toHaveCount(1 + total);
});

test('the level counts of the overview add up to the list of mailboxes needing attention', async ({ page }) => {
  await page.goto('/');
  const counts = (await page.locator('.levels li').allInnerTexts()).map((t) => Number(t.replace(/\./g, '').match(/\d+/)![0]));
  expect(counts).toHaveLength(3);
  const sum = counts.reduce((a, b) => a + b, 0);
  await expect(page.getByRole('heading', { level: 2, name: `Postfächer ab der Warnschwelle (${sum})` })).toBeVisible();
  // Each count leads to the mailbox list filtered to its level.
  await page.locator('.levels li.level-full a').click();
  await expect(page).toHaveURL(/\/postfaecher\?filter=voll$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the language switch changes the whole page and stays', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('250 mailboxes', { exact: true })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Contract' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contract' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Contract' })).toBeVisible();
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vertrag' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('the owner sees the security log with the logins of this run', async ({ page }) => {
  await page.goto('/konto');
  const log = page.getByRole('region', { name: 'Sicherheitsprotokoll' });
  await expect(log.getByRole('cell', { name: 'Zwei-Faktor-Anmeldung eingerichtet' }).first()).toBeVisible();
  await expect(log.getByRole('cell', { name: 'Fehlgeschlagene Anmeldung (Passwort)' }).first()).toBeVisible();
  await expect(log.getByRole('cell', { name: 'inhaberin@muster-gmbh.de' }).first()).toBeVisible();
});

test('an unknown address gives a localized 404 page', async ({ page }) => {
  const response = await page.goto('/gibt-es-nicht');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
  await expectAccessible(page);
});

test('every page of the portal is accessible', async ({ page }) => {
  await page.goto('/');
  for (const path of ['/', '/postfaecher', '/domains', '/add-ons', '/vertrag', '/konto']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page);
  }
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Deutsch' }).click();
});

test('the owner invites a colleague by mail, changes the role and removes the colleague', async ({ page, request, browser }, testInfo) => {
  const email = `kollegin.${Date.now()}@muster-gmbh.de`;
  await page.goto('/konto');
  const team = page.getByRole('region', { name: 'Benutzer und Rollen' });
  await team.getByLabel('Name', { exact: true }).fill('Karla Kollegin');
  await team.getByLabel('E-Mail-Adresse').fill(email);
  await team.getByLabel('Rolle', { exact: true }).selectOption('admin');
  await team.getByRole('button', { name: 'Einladung senden' }).click();
  await expect(page.getByRole('status')).toContainText('Die Einladung ist unterwegs');
  const row = team.getByRole('row', { name: new RegExp(email.replace(/\./g, '\\.')) });
  await expect(row).toContainText('eingeladen, Passwort noch nicht gesetzt');

  // The invitation arrives at the SMTP server; its link sets the password.
  let mail: { text: string; to: { address: string }[] } | undefined;
  await expect(async () => {
    const received = await (await request.get(`${maildevUrl}/email`)).json();
    mail = received.find((m: typeof mail) => m!.to.some((t) => t.address === email));
    expect(mail).toBeTruthy();
  }).toPass({ timeout: 30_000 });
  const link = new URL(mail!.text.match(/https?:\/\/\S+\/passwort-setzen\?token=[0-9a-f]+/)![0]);
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'de-DE' });
  const invited = await context.newPage();
  await invited.goto(link.pathname + link.search);
  await invited.getByLabel('Neues Passwort', { exact: true }).fill('karlas-eigene-passphrase');
  await invited.getByLabel('Neues Passwort wiederholen').fill('karlas-eigene-passphrase');
  await invited.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(invited.getByRole('status')).toContainText('Ihr Passwort ist gespeichert');
  await context.close();

  // Role change and removal, both in the security log.
  await page.reload();
  await row.getByLabel(`Rolle von ${email}`).selectOption('readonly');
  await row.getByRole('button', { name: 'Rolle ändern' }).click();
  await expect(page.getByRole('status')).toContainText('Die Rolle wurde geändert');
  await expect(row.getByLabel(`Rolle von ${email}`)).toHaveValue('readonly');
  await row.getByRole('button', { name: `${email} entfernen` }).click();
  await expect(page.getByRole('status')).toContainText('Der Benutzer wurde entfernt');
  await expect(row).toHaveCount(0);
  const log = page.getByRole('region', { name: 'Sicherheitsprotokoll' });
  await expect(log.getByRole('cell', { name: `Benutzer entfernt: ${email}` })).toBeVisible();
  await expectAccessible(page);
});

import { test, expect } from './fixtures';
import { enrol, submitLogin, expectAccessible, operator } from './helpers';

test('a user created on the CLI sets a password through the one-time link and logs in', async ({ page }) => {
  const email = `neu.${Date.now()}@muster-gmbh.de`;
  const out = operator('create-user', '--customer', 'K-100234', '--email', email, '--name', 'Nora Neu', '--role', 'admin');
  const link = out.match(/https?:\/\/\S+\/passwort-setzen\?token=[0-9a-f]+/)?.[0];
  expect(link, out).toBeTruthy();
  const url = new URL(link!);

  await page.goto(url.pathname + url.search);
  await expect(page.getByRole('heading', { level: 1, name: 'Passwort festlegen' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Neues Passwort', { exact: true }).fill('kurz');
  await page.getByLabel('Neues Passwort wiederholen').fill('kurz');
  // The browser's own minlength check would stop the form; remove it to see the server's answer.
  await page.getByLabel('Neues Passwort', { exact: true }).evaluate((el) => el.removeAttribute('minlength'));
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(page.getByRole('alert')).toContainText('zu kurz');

  await page.getByLabel('Neues Passwort', { exact: true }).fill('lange-sichere-passphrase');
  await page.getByLabel('Neues Passwort wiederholen').fill('lange-sichere-passphrase');
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(page.getByRole('status')).toHaveText('Ihr Passwort ist gespeichert. Sie können sich jetzt anmelden.');

  await submitLogin(page, email, 'lange-sichere-passphrase');
  await enrol(page, email);
  await page.getByRole('link', { name: 'Weiter zum Portal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();

  // The password can be changed on the account page; the current one is needed.
  await page.getByRole('link', { name: 'Konto' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Passwort ändern' })).toBeVisible();
  const form = page.getByRole('region', { name: 'Passwort ändern' });
  await form.getByLabel('Aktuelles Passwort').fill('falsch-falsch-falsch');
  await form.getByLabel('Neues Passwort', { exact: true }).fill('noch-eine-lange-passphrase');
  await form.getByLabel('Neues Passwort wiederholen').fill('noch-eine-lange-passphrase');
  await form.getByRole('button', { name: 'Passwort ändern' }).click();
  await expect(page.getByRole('alert')).toHaveText('Das aktuelle Passwort ist nicht korrekt.');
  await form.getByLabel('Aktuelles Passwort').fill('lange-sichere-passphrase');
  await form.getByLabel('Neues Passwort', { exact: true }).fill('noch-eine-lange-passphrase');
  await form.getByLabel('Neues Passwort wiederholen').fill('noch-eine-lange-passphrase');
  await form.getByRole('button', { name: 'Passwort ändern' }).click();
  await expect(page.getByRole('status')).toHaveText('Ihr Passwort wurde geändert, alle anderen Sitzungen sind beendet.');
  // An admin does not see the organisation's security log.
  await expect(page.getByRole('heading', { name: 'Sicherheitsprotokoll' })).toHaveCount(0);

  // The link works once.
  await page.goto(url.pathname + url.search);
  await expect(page.getByRole('alert')).toContainText('Dieser Link ist ungültig');
});

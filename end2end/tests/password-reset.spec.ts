import { test, expect } from './fixtures';
import { demo, fullLogin, expectAccessible } from './helpers';
import { maildevUrl } from '../playwright.config';

test('a forgotten password is reset through the link mailed to a real SMTP server', async ({ page, request }) => {
  await page.goto('/anmelden');
  await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Passwort vergessen' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('E-Mail-Adresse').fill(demo.readonly);
  await page.getByRole('button', { name: 'Link anfordern' }).click();
  await expect(page.getByRole('status')).toContainText('Falls es ein Konto mit dieser Adresse gibt');

  let mail: { subject: string; text: string; to: { address: string }[] } | undefined;
  await expect(async () => {
    const received = await (await request.get(`${maildevUrl}/email`)).json();
    mail = received.find((m: typeof mail) => m!.to.some((t) => t.address === demo.readonly) && m!.subject.includes('Zurücksetzen'));
    expect(mail).toBeTruthy();
  }).toPass({ timeout: 30_000 });
  const link = new URL(mail!.text.match(/https?:\/\/\S+\/passwort-setzen\?token=[0-9a-f]+/)![0]);

  await page.goto(link.pathname + link.search);
  await page.getByLabel('Neues Passwort', { exact: true }).fill('wieder-da-nach-dem-urlaub');
  await page.getByLabel('Neues Passwort wiederholen').fill('wieder-da-nach-dem-urlaub');
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(page.getByRole('status')).toHaveText('Ihr Passwort ist gespeichert. Sie können sich jetzt anmelden.');

  await fullLogin(page, demo.readonly, 'wieder-da-nach-dem-urlaub');
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();

  // A read-only user sees their account but no user management.
  await page.goto('/konto');
  await expect(page.getByRole('heading', { level: 2, name: 'Passwort ändern' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Benutzer und Rollen' })).toHaveCount(0);

  // The link worked once.
  await page.goto(link.pathname + link.search);
  await expect(page.getByText('wurde schon benutzt')).toBeVisible();
});

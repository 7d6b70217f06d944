import { test, expect } from './fixtures';
import { demo, login, enrol, enterCode, fullLogin, expectAccessible } from './helpers';

test('a lost device: a recovery code logs in once and leads to setting up a new authenticator', async ({ page }) => {
  await login(page, demo.admin);
  const codes = await enrol(page, demo.admin);
  expect(new Set(codes).size).toBe(10);
  // Shown once: a reload does not show them again.
  await page.reload();
  await expect(page.getByText('Die Wiederherstellungscodes wurden bereits angezeigt.')).toBeVisible();
  await page.getByRole('link', { name: 'Weiter zum Portal' }).click();
  await page.getByRole('button', { name: 'Abmelden' }).click();

  await login(page, demo.admin);
  await expect(page).toHaveURL('/anmelden/code');
  await page.getByText('Gerät verloren?').click();
  await page.getByLabel('Wiederherstellungscode').fill(codes[0]);
  await page.getByRole('button', { name: 'Mit Wiederherstellungscode anmelden' }).click();
  await expect(page.getByRole('status')).toContainText('mit einem Wiederherstellungscode angemeldet');
  await expectAccessible(page);
  await enrol(page, demo.admin);
  await page.getByRole('link', { name: 'Weiter zum Portal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  await page.getByRole('button', { name: 'Abmelden' }).click();

  // The used recovery code does not work a second time.
  await login(page, demo.admin);
  await page.getByText('Gerät verloren?').click();
  await page.getByLabel('Wiederherstellungscode').fill(codes[0]);
  await page.getByRole('button', { name: 'Mit Wiederherstellungscode anmelden' }).click();
  await expect(page.getByRole('alert')).toContainText('Der Code stimmt nicht');
  // The new authenticator works.
  await enterCode(page, demo.admin);
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
});

test('pages of the second step are not reachable without a password', async ({ page }) => {
  await page.goto('/anmelden/code');
  await page.getByLabel('Sechsstelliger Code').fill('123456');
  await page.getByRole('button', { name: 'Bestätigen' }).click();
  await expect(page.getByRole('alert')).toHaveText('Bitte melden Sie sich an, um fortzufahren.');
  await page.goto('/anmelden/zwei-faktor');
  await expect(page.getByRole('alert')).toContainText('Bitte melden Sie sich an');
  await fullLogin(page, demo.owner);
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
});

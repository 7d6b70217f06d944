import { test, expect } from './fixtures';
import path from 'node:path';
import { fullLogin, expectAccessible } from './helpers';

// One login for all tests here: they are about the portal, not the login.
const ownerState = path.join(__dirname, '..', '.tmp', 'owner-state.json');
test.beforeAll(async ({ browser }, testInfo) => {
  const page = await browser.newPage({
    baseURL: testInfo.project.use.baseURL,
    locale: 'de-DE',
    storageState: { cookies: [], origins: [] },
  });
  await fullLogin(page);
  await page.context().storageState({ path: ownerState });
  await page.close();
});
test.use({ storageState: ownerState });

test('the list of mailboxes needing attention expands after hydration', async ({ page }) => {
  await page.goto('/');
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(1 + 3);
  const toggle = page.getByRole('button', { name: 'Alle 8 anzeigen' });
  // The button only works once the WASM has hydrated the page: retry the click until then.
  await expect(async () => {
    if ((await toggle.count()) > 0) await toggle.click();
    await expect(page.getByRole('button', { name: 'Weniger anzeigen' })).toHaveAttribute('aria-expanded', 'true', { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await expect(table.getByRole('row')).toHaveCount(1 + 8);
});

test('the language switch changes the whole page and stays', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('250 mailboxes', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Contract' }).click();
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

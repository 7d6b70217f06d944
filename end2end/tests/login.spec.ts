import { test, expect } from '@playwright/test';
import { demo, login, expectAccessible } from './helpers';

test('a wrong password gives one generic German message', async ({ page }) => {
  await login(page, demo.owner, 'falsches-passwort');
  await expect(page.getByRole('alert')).toHaveText('E-Mail-Adresse oder Passwort ist nicht korrekt.');
  await expect(page).toHaveURL(/\/anmelden/);
  // An unknown address gets exactly the same answer.
  await login(page, 'niemand@muster-gmbh.de', 'falsches-passwort');
  await expect(page.getByRole('alert')).toHaveText('E-Mail-Adresse oder Passwort ist nicht korrekt.');
});

test('login leads to the overview of the organisation', async ({ page }) => {
  await login(page);
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  await expect(page.getByText('Muster GmbH · Kundennummer K-100234')).toBeVisible();
  await expect(page.getByText('250 Postfächer', { exact: true })).toBeVisible();
  await expect(page.getByText('1 Postfach ist voll und empfängt nichts mehr')).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Bereiche' });
  for (const area of ['Übersicht', 'Postfächer', 'Domains', 'Add-ons', 'Vertrag', 'Konto']) {
    await expect(nav.getByRole('link', { name: area })).toBeVisible();
  }
  await expect(nav.getByRole('link', { name: 'Übersicht' })).toHaveAttribute('aria-current', 'page');
});

test('a page behind the login comes back after logging in', async ({ page }) => {
  await page.goto('/vertrag');
  await expect(page).toHaveURL(/\/anmelden\?next=\/vertrag$/);
  await page.getByLabel('E-Mail-Adresse').fill(demo.owner);
  await page.getByLabel('Passwort').fill(demo.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page).toHaveURL('/vertrag');
  await expect(page.getByRole('heading', { level: 1, name: 'Vertrag' })).toBeVisible();
});

test('a login redirect never leaves the site', async ({ page }) => {
  await page.goto('/anmelden?next=' + encodeURIComponent('//evil.example/'));
  await page.getByLabel('E-Mail-Adresse').fill(demo.owner);
  await page.getByLabel('Passwort').fill(demo.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page).toHaveURL('/');
});

test('logout ends the session', async ({ page, context }) => {
  await login(page);
  await expect(page).toHaveURL('/');
  const before = (await context.cookies()).find((c) => c.name === 'portal_session');
  expect(before?.httpOnly).toBe(true);
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('status')).toHaveText('Sie wurden abgemeldet.');
  await page.goto('/');
  await expect(page).toHaveURL(/\/anmelden/);
  // The old cookie does not bring the session back.
  if (before) {
    await context.addCookies([before]);
    await page.goto('/');
    await expect(page).toHaveURL(/\/anmelden/);
  }
});

test('the login form works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await login(page, demo.owner, 'falsch');
  await expect(page.getByRole('alert')).toHaveText('E-Mail-Adresse oder Passwort ist nicht korrekt.');
  await login(page);
  await expect(page).toHaveURL('/');
  await expect(page.getByText('250 Postfächer', { exact: true })).toBeVisible();
  await context.close();
});

test('login page is accessible', async ({ page }) => {
  await page.goto('/anmelden');
  await expectAccessible(page);
});

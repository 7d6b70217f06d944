import { test, expect } from './fixtures';
import { demo, login, enrol, fullLogin, enterCode, submitLogin, expectAccessible } from './helpers';

test('a wrong password gives one generic German message', async ({ page }) => {
  await login(page, demo.owner, 'falsches-passwort');
  await expect(page.getByRole('alert')).toHaveText('E-Mail-Adresse oder Passwort ist nicht korrekt.');
  await expect(page).toHaveURL(/\/anmelden/);
  // An unknown address gets exactly the same answer.
  await login(page, 'niemand@muster-gmbh.de', 'falsches-passwort');
  await expect(page.getByRole('alert')).toHaveText('E-Mail-Adresse oder Passwort ist nicht korrekt.');
});

test('the first login sets up two-factor login and leads to the overview', async ({ page }) => {
  await login(page);
  await expect(page).toHaveURL('/anmelden/zwei-faktor');
  await expectAccessible(page);
  // The password alone opens nothing.
  await page.goto('/');
  await expect(page).toHaveURL('/anmelden/zwei-faktor');
  const codes = await enrol(page, demo.owner);
  expect(codes).toHaveLength(10);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Weiter zum Portal' }).click();
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

test('later logins ask for the one-time code, and a wrong code is refused', async ({ page }) => {
  await login(page);
  await expect(page).toHaveURL('/anmelden/code');
  await expectAccessible(page);
  await page.getByLabel('Sechsstelliger Code').fill('000000');
  await page.getByRole('button', { name: 'Bestätigen' }).click();
  await expect(page.getByRole('alert')).toContainText('Der Code stimmt nicht');
  await enterCode(page, demo.owner);
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
});

test('a page behind the login comes back after logging in', async ({ page }) => {
  await page.goto('/vertrag');
  await expect(page).toHaveURL(/\/anmelden\?next=%2Fvertrag$/);
  await submitLogin(page);
  await enterCode(page, demo.owner);
  await expect(page).toHaveURL('/vertrag');
  await expect(page.getByRole('heading', { level: 1, name: 'Vertrag' })).toBeVisible();
});

test('a login redirect never leaves the site', async ({ page }) => {
  await page.goto('/anmelden?next=' + encodeURIComponent('//evil.example/'));
  await submitLogin(page);
  await enterCode(page, demo.owner);
  await expect(page).toHaveURL('/');
});

test('logout ends the session', async ({ page, context }) => {
  await fullLogin(page);
  await expect(page).toHaveURL('/');
  const before = (await context.cookies()).find((c) => c.name === 'portal_session');
  expect(before?.httpOnly).toBe(true);
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('status')).toHaveText('Sie wurden abgemeldet.');
  await page.goto('/');
  await expect(page).toHaveURL(/\/anmelden/);
  // The old cookie does not bring the session back.
  await context.addCookies([before!]);
  await page.goto('/');
  await expect(page).toHaveURL(/\/anmelden/);
});

test('the login works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await login(page, demo.owner, 'falsch');
  await expect(page.getByRole('alert')).toHaveText('E-Mail-Adresse oder Passwort ist nicht korrekt.');
  await login(page);
  await page.getByLabel('Sechsstelliger Code').fill('123');
  await page.getByLabel('Sechsstelliger Code').evaluate((el) => el.removeAttribute('pattern'));
  await page.getByRole('button', { name: 'Bestätigen' }).click();
  await expect(page.getByRole('alert')).toContainText('Der Code stimmt nicht');
  await enterCode(page, demo.owner);
  await expect(page).toHaveURL('/');
  await expect(page.getByText('250 Postfächer', { exact: true })).toBeVisible();
  await context.close();
});

test('login page is accessible', async ({ page }) => {
  await page.goto('/anmelden');
  await expectAccessible(page);
});

test('too many wrong passwords lock the account for a while, with a clear message', async ({ page }) => {
  const account = 'unbekannt@muster-gmbh.de';
  for (let i = 0; i < 5; i++) {
    await login(page, account, `falsch-${i}`);
    await expect(page.getByRole('alert')).toHaveText('E-Mail-Adresse oder Passwort ist nicht korrekt.');
  }
  await login(page, account, demo.password);
  await expect(page.getByRole('alert')).toHaveText('Zu viele Versuche. Bitte versuchen Sie es in 15 Minuten erneut.');
  await expect(page).toHaveURL(/\/anmelden/);
});

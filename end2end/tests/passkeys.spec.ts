import { test, expect } from './fixtures';
import { demo, expectAccessible, freshCode, login, newUserLoggedIn } from './helpers';

// Chromium's virtual authenticator (DevTools protocol) stands in for a
// phone or a laptop's fingerprint reader: the WebAuthn ceremonies are the
// real ones, end to end.
test('a passkey is added, confirms a login instead of the code, and is removed', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  const email = await newUserLoggedIn(page, 'admin');

  await page.goto('/konto');
  const section = page.getByRole('region', { name: 'Passkeys' });
  await expect(section.getByText('Sie haben noch keinen Passkey.')).toBeVisible();
  // A wrong code is refused and nothing is offered yet.
  await section.getByLabel('Name des Passkeys').fill('Laptop Büro');
  await section.getByLabel('Aktuelles Passwort').fill(demo.password);
  await section.getByLabel('Sechsstelliger Code').fill('000000');
  await section.getByRole('button', { name: 'Weiter' }).click();
  await expect(page.getByRole('alert')).toContainText('Code');
  await expect(page.getByRole('button', { name: 'Passkey erstellen' })).toHaveCount(0);

  await section.getByLabel('Name des Passkeys').fill('Laptop Büro');
  await section.getByLabel('Aktuelles Passwort').fill(demo.password);
  await section.getByLabel('Sechsstelliger Code').fill(await freshCode(email));
  await section.getByRole('button', { name: 'Weiter' }).click();
  await expect(page.getByText('Erstellen Sie jetzt den Passkey „Laptop Büro“')).toBeVisible();
  await page.getByRole('button', { name: 'Passkey erstellen' }).click();
  await expect(page).toHaveURL(/passkey=hinzugefuegt/);
  await expect(page.getByRole('status').filter({ hasText: 'Der Passkey ist eingerichtet' })).toBeVisible();
  const row = page.getByRole('row', { name: /Laptop Büro/ });
  await expect(row).toContainText('noch nie');
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(credentials).toHaveLength(1);
  await expectAccessible(page);

  // The next login: password, then the passkey instead of the code.
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await login(page, email);
  await expect(page).toHaveURL(/\/anmelden\/code/);
  await page.getByRole('button', { name: 'Passkey verwenden' }).click();
  await expect(page).toHaveURL(/localhost:\d+\/$/);
  await page.goto('/konto');
  await expect(page.getByRole('row', { name: /Laptop Büro/ })).not.toContainText('noch nie');

  // Removed, it is no longer offered; the code still works.
  await page.getByRole('button', { name: 'Passkey „Laptop Büro“ entfernen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Der Passkey wurde entfernt.' })).toBeVisible();
  await expect(page.getByText('Sie haben noch keinen Passkey.')).toBeVisible();
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await login(page, email);
  await expect(page).toHaveURL(/\/anmelden\/code/);
  await page.waitForLoadState('load');
  await expect(page.getByRole('button', { name: 'Passkey verwenden' })).toHaveCount(0);
  await page.getByLabel('Sechsstelliger Code').fill(await freshCode(email));
  await page.getByRole('button', { name: 'Bestätigen' }).click();
  await expect(page).toHaveURL(/localhost:\d+\/$/);
});

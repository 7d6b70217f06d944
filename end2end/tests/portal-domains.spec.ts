import { test, expect } from './fixtures';
import { loggedInAsOwner, expectAccessible, operator } from './helpers';

// The server asks the suite's own DNS server (see playwright.config.ts), which
// serves the demo domains: muster-gmbh.de with every record right,
// muster-service.de without MX and SRV records. The file runs after
// login.spec.ts (files run in name order), which sets up the owner's authenticator.
loggedInAsOwner(test, 'domains');

const recordRow = (page, type: string, host: string) =>
  page.getByRole('row').filter({ has: page.getByRole('cell', { name: type, exact: true }) })
    .filter({ has: page.getByRole('rowheader', { name: host, exact: true }) });

test('a domain page shows the state of every record and copies exact values', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/domains');
  await page.getByRole('link', { name: 'muster-gmbh.de' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'muster-gmbh.de' })).toBeVisible();
  const records = page.locator('#dns-records');
  await expect(page.getByRole('status').filter({ hasText: 'Zuletzt geprüft' })).toBeVisible({ timeout: 15_000 });
  await expect(records.getByRole('row')).toHaveCount(1 + 7);
  await expect(records.locator('.dns-state', { hasText: 'korrekt' })).toHaveCount(7);

  const mx = recordRow(page, 'MX', '@');
  await expect(mx.locator('.dns-value')).toHaveText('10 mx.rhoencloud.de');
  // Enabled once the island is live; clicking waits for that.
  await mx.getByRole('button', { name: 'Wert des MX-Eintrags für muster-gmbh.de kopieren' }).click();
  await expect(mx.getByRole('button', { name: /kopieren/ })).toHaveText('Kopiert');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('10 mx.rhoencloud.de');

  const dkim = recordRow(page, 'CNAME', 'rhoen1._domainkey');
  await dkim.getByRole('button', { name: /kopieren/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('rhoen1.muster-gmbh.de.dkim.rhoencloud.de');
  await expectAccessible(page);
});

test('missing records are named with the value to set, and "Jetzt prüfen" re-checks', async ({ page }) => {
  await page.goto('/domains');
  await page.getByRole('link', { name: 'muster-service.de' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Zuletzt geprüft' })).toBeVisible({ timeout: 15_000 });
  await expect(recordRow(page, 'MX', '@').locator('.dns-state')).toHaveText('fehlt');
  await expect(recordRow(page, 'SRV', '_autodiscover._tcp').locator('.dns-state')).toHaveText('fehlt');
  await expect(recordRow(page, 'TXT', '@').locator('.dns-state')).toHaveText('korrekt');
  const checkNow = page.getByRole('button', { name: 'Jetzt prüfen' });
  await checkNow.click();
  // The status says the requested check is done, even within the same minute.
  await expect(page.getByRole('status').filter({ hasText: 'Eben neu geprüft' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // A second forced check within the minute is refused with a clear message.
  await checkNow.click();
  await expect(page.getByRole('alert')).toContainText('Zu viele Versuche');
  await expect(recordRow(page, 'MX', '@').locator('.dns-state')).toHaveText('fehlt');
});

test('the allow-list of a fully routed domain validates and lists entries', async ({ page }) => {
  await page.goto('/domains');
  await page.getByRole('link', { name: 'muster-gmbh.de' }).click();
  const list = page.getByRole('region', { name: 'Freigegebene Absender' });
  await list.getByLabel('Absenderadresse oder Domain').fill('kein gültiger eintrag');
  await list.getByRole('button', { name: 'Freigeben' }).click();
  await expect(page.getByRole('alert')).toContainText('gültige Adresse');
  await list.getByLabel('Absenderadresse oder Domain').fill('Rechnung@Lieferant.de');
  await list.getByRole('button', { name: 'Freigeben' }).click();
  await expect(list.getByText('rechnung@lieferant.de', { exact: true })).toBeVisible();

  await page.goto('/domains');
  await page.getByRole('link', { name: 'muster-shop.de' }).click();
  await expect(page.getByText('Freigabelisten gibt es nur für Domains')).toBeVisible();
});

test('an SPF record receivers fail is explained, a CNAME chain is korrekt, and an unverifiable domain is never all-clear', async ({ page }) => {
  operator('add-domain', '--customer', 'K-100234', '--domain', 'spf-kette.test', '--fully-routed');
  operator('add-domain', '--customer', 'K-100234', '--domain', 'zeitueberschreitung.test', '--fully-routed');
  await page.goto('/domains');
  await page.getByRole('link', { name: 'spf-kette.test' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Zuletzt geprüft' })).toBeVisible({ timeout: 15_000 });
  // autodiscover → mail.spf-kette.test → autodiscover.rhoencloud.de
  await expect(recordRow(page, 'CNAME', 'autodiscover').locator('.dns-state')).toHaveText('korrekt');
  await expect(recordRow(page, 'TXT', '@').locator('.dns-state')).toHaveText('falsch');
  const findings = page.getByRole('region', { name: 'Was die Prüfung außerdem gefunden hat' });
  await expect(findings).toContainText('„fail“');
  await expect(findings).toContainText('Ausschlaggebend ist „-all“ im SPF-Eintrag von spf-kette.test');
  await expect(findings).toContainText('„all“ steht vor dem include von rhönmail');
  await expectAccessible(page);

  // The daily check finds no server answering for the second domain.
  operator('check-domains');
  await page.goto('/domains');
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'zeitueberschreitung.test' }) });
  await expect(row).toContainText('7 Einträge nicht prüfbar');
  await expect(row).toContainText('geprüft am');
  await expect(row).not.toContainText('korrekt');
  await row.getByRole('link').click();
  await expect(recordRow(page, 'MX', '@').locator('.dns-state')).toHaveText('nicht prüfbar');
  // One reason for all seven, said once above the table.
  await expect(page.locator('.dns-why')).toHaveCount(1);
  await expect(page.locator('.dns-why')).toContainText('Die Nameserver der Domain haben nicht rechtzeitig geantwortet.');
});

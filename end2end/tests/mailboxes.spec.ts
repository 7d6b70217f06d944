import { test, expect } from './fixtures';
import { demo, fullLogin, secondStep, submitLogin, expectAccessible } from './helpers';
import { maildevUrl, serverEnv } from '../playwright.config';

test('the mailbox list searches, filters and pages; an alert mail leads back to its mailbox', async ({ page, request, browser }, testInfo) => {
  await fullLogin(page);
  await page.goto('/postfaecher');
  await expect(page.getByRole('heading', { level: 1, name: 'Postfächer' })).toBeVisible();
  await expect(page.getByText('250 Postfächer gefunden')).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(1 + 50);
  await expectAccessible(page);

  // Filter by level through the form (works without JavaScript: a GET form).
  await page.getByLabel('Speicherstand').selectOption('voll');
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(page).toHaveURL(/filter=voll/);
  await expect(page.getByText('Ein Postfach gefunden')).toBeVisible();
  await expect(rows).toHaveCount(2);

  // Pages: forward and back to the first page.
  await page.goto('/postfaecher?sortierung=adresse');
  const firstOnPageOne = await rows.nth(1).locator('.hint').innerText();
  await page.getByRole('link', { name: 'Nächste Seite' }).click();
  await expect(page).toHaveURL(/nach=/);
  await expect(rows.nth(1).locator('.hint')).not.toHaveText(firstOnPageOne);
  await page.getByRole('link', { name: 'Zur ersten Seite' }).click();
  await expect(rows.nth(1).locator('.hint')).toHaveText(firstOnPageOne);

  // The least used mailbox, and a search for it.
  await page.goto('/postfaecher?sortierung=belegung-auf');
  const address = (await rows.nth(1).locator('.hint').innerText()).trim();
  await page.getByLabel('Suche').fill(address);
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(page.getByText('Ein Postfach gefunden')).toBeVisible();

  // The provider imports new figures: that mailbox crosses its warning threshold.
  const csv = `PrimarySmtpAddress,TotalItemSize\n${address},"92 GB (98,784,247,808 bytes)"\n`;
  const imported = await request.post('/operator/usage-import', {
    headers: { Authorization: `Bearer ${serverEnv.PORTAL_OPERATOR_TOKEN}`, 'Content-Type': 'text/csv' },
    data: csv,
  });
  expect(imported.status()).toBe(200);
  expect((await imported.json()).alerts).toBe(1);

  // The alert mail arrives at the SMTP server.
  let mail: { subject: string; text: string; to: { address: string }[] } | undefined;
  await expect(async () => {
    const received = await (await request.get(`${maildevUrl}/email`)).json();
    mail = received.find((m: typeof mail) => m!.to.some((t) => t.address === address));
    expect(mail).toBeTruthy();
  }).toPass({ timeout: 30_000 });
  expect(mail!.subject).toBe(`Postfach ${address}: Speicher fast voll`);
  const link = mail!.text.match(/https?:\/\/\S+\/hinweis\/\S+/)![0];

  // Opened logged out: the login first, then straight to that mailbox.
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'de-DE' });
  const fresh = await context.newPage();
  await fresh.goto(link);
  await expect(fresh).toHaveURL(/\/anmelden\?next=/);
  await submitLogin(fresh);
  await secondStep(fresh, demo.owner);
  await expect(fresh).toHaveURL(/\/postfaecher\/[0-9a-f-]+\?hinweis=/);
  await expect(fresh.locator('#opened-alert')).toContainText('Warnschwelle erreicht');
  await expect(fresh.getByText(address, { exact: true })).toBeVisible();
  await expect(fresh.getByRole('region', { name: 'Speicherhinweise' }).getByRole('cell', { name: 'ungelesen' })).toHaveCount(0);
  await expectAccessible(fresh);
  await context.close();
});

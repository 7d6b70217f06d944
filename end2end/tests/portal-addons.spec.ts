import { test, expect } from './fixtures';
import { loggedInAsOwner, expectAccessible, operator } from './helpers';

// Runs after login.spec.ts (files run in name order), which sets up the
// owner's authenticator.
loggedInAsOwner(test, 'addons');

/** A calendar date `days` from today, as the date input takes it. */
function inDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

const requestRow = (page, text: string) => page.locator('#request-list tbody tr').filter({ hasText: text });

test('booking public folders and a PST export become requests the operator completes', async ({ page }) => {
  await page.goto('/add-ons');
  await expect(page.getByRole('heading', { level: 1, name: 'Add-ons' })).toBeVisible();
  const booked = page.getByRole('region', { name: 'Gebuchte Zusatzleistungen' });
  await expect(booked.getByRole('rowheader', { name: /Microsoft 365 Business Basic/ })).toBeVisible();
  await expect(booked.getByText('Summe pro Monat')).toBeVisible();

  await page.getByRole('button', { name: 'Öffentliche Ordner (25 GB) buchen' }).click();
  const booking = requestRow(page, 'Buchung: Öffentliche Ordner');
  await expect(booking).toContainText('eingegangen');
  const bookingNumber = (await booking.locator('th').innerText()).trim();
  expect(bookingNumber).toMatch(/^A-\d{4}-\d{5}$/);

  // Too early: a clear message, nothing listed.
  const exportForm = page.getByRole('region', { name: 'PST-Export' });
  await exportForm.getByLabel(/^Postfach/).selectOption({ index: 1 });
  await exportForm.getByLabel('Gewünschter Termin').fill(inDays(5));
  await exportForm.getByRole('button', { name: 'PST-Export beauftragen' }).click();
  await expect(page.getByRole('alert')).toContainText('mindestens 2 Wochen vorher');
  await expect(requestRow(page, 'PST-Export')).toHaveCount(0);

  const exportForm2 = page.getByRole('region', { name: 'PST-Export' });
  await exportForm2.getByLabel(/^Postfach/).selectOption({ index: 1 });
  await exportForm2.getByLabel('Gewünschter Termin').fill(inDays(20));
  await exportForm2.getByRole('button', { name: 'PST-Export beauftragen' }).click();
  const exportRow = requestRow(page, 'PST-Export');
  await expect(exportRow).toContainText('eingegangen');
  const exportNumber = (await exportRow.locator('th').innerText()).trim();

  // Support finishes both through the CLI; the page shows it.
  expect(operator('request-status', '--number', exportNumber, '--status', 'done')).toContain('done');
  expect(operator('request-status', '--number', bookingNumber, '--status', 'done')).toContain('done');
  await page.reload();
  await expect(requestRow(page, 'PST-Export')).toContainText('erledigt');
  await expect(requestRow(page, 'Buchung: Öffentliche Ordner')).toContainText('erledigt');
  await expect(booked.getByRole('rowheader', { name: /Öffentliche Ordner/ })).toBeVisible();
  // Booked once per organisation: no longer offered.
  await expect(page.getByRole('button', { name: 'Öffentliche Ordner (25 GB) buchen' })).toHaveCount(0);
  await expectAccessible(page);
});

test('a Microsoft 365 add-on is cancelled in the contract wizard, preselected', async ({ page }) => {
  await page.goto('/add-ons');
  const row = page.getByRole('region', { name: 'Gebuchte Zusatzleistungen' })
    .getByRole('row').filter({ hasText: 'Microsoft 365 Apps for Business' });
  await row.getByRole('link', { name: 'Im Kündigungsassistenten kündigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kündigen' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Microsoft 365 Apps for Business' })).toBeChecked();
  await expect(page.getByRole('region', { name: '4. Zusammenfassung' })).toContainText('Der Exchange-Vertrag und Ihre Postfächer laufen weiter.');
});

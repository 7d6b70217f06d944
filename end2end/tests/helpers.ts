import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const demo = {
  owner: 'inhaberin@muster-gmbh.de',
  password: 'Rhoen-Demo-2026',
};

export async function login(page: Page, email = demo.owner, password = demo.password) {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

/** No serious or critical accessibility violations on the current page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(severe, `accessibility violations on ${page.url()}`).toEqual([]);
}

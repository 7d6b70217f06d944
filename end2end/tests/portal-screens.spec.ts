import { test, expect } from './fixtures';
import { loggedInAsOwner, expectAccessible } from './helpers';
import type { Page } from '@playwright/test';

// Screen sizes customers use: a 390 × 844 phone and a 1366 × 900 laptop.
// Runs after login.spec.ts (files run in name order), which sets up the
// owner's authenticator.
loggedInAsOwner(test, 'screens');

const phone = { width: 390, height: 844 };

/** The page's own width and the screen's: the page must not scroll sideways. */
const widths = (page: Page) =>
  page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));

/** Heights of the visible controls in `scope` that are lower than a thumb (44 px). */
async function tooLowToTap(page: Page, scope: string): Promise<string[]> {
  return page.locator(scope).evaluateAll((roots) =>
    roots.flatMap((root) =>
      [...root.querySelectorAll('a, button, select, input:not([type=hidden]):not([type=checkbox]):not([type=radio])')]
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .map((e) => ({ e, h: e.getBoundingClientRect().height }))
        .filter(({ h }) => h < 43.5)
        .map(({ e, h }) => `${e.tagName.toLowerCase()} "${(e.textContent ?? '').trim()}" ${h}px`),
    ),
  );
}

test('at 390 px no page is wider than the screen, and header and navigation stay compact', async ({ page, browser }, testInfo) => {
  await page.setViewportSize(phone);
  await page.goto('/domains');
  const domain = await page.getByRole('link', { name: 'muster-gmbh.de', exact: true }).getAttribute('href');
  await page.goto('/postfaecher');
  const mailbox = await page.getByRole('row').nth(1).getByRole('link').getAttribute('href');
  const paths = ['/', '/postfaecher', mailbox!, '/domains', domain!, '/add-ons', '/vertrag', '/vertrag/kuendigen', '/konto'];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const { scrollWidth, clientWidth } = await widths(page);
    expect(scrollWidth, `${path}: ${scrollWidth} px wide on a ${clientWidth} px screen`).toBeLessThanOrEqual(clientWidth);
    // Header and navigation: every area in view, each a 44 px target, together under 30 % of the
    // screen (also with the line that says the contract is cancelled, which an earlier file may add).
    const areas = page.getByRole('navigation', { name: 'Bereiche' });
    const bottom = await areas.evaluate((nav) => nav.getBoundingClientRect().bottom);
    expect(bottom, `${path}: header and navigation end at ${bottom} px`).toBeLessThan(844 * 0.3);
    expect(await tooLowToTap(page, 'header, nav.areas, main form'), path).toEqual([]);
  }
  await page.goto('/postfaecher');
  await expectAccessible(page);

  // Logged out: the login page.
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'de-DE', viewport: phone });
  const fresh = await context.newPage();
  await fresh.goto('/anmelden');
  await expect(fresh.getByRole('heading', { level: 1 })).toBeVisible();
  const login = await widths(fresh);
  expect(login.scrollWidth).toBeLessThanOrEqual(login.clientWidth);
  expect(await tooLowToTap(fresh, 'main form')).toEqual([]);
  await context.close();
});

test('on a phone each mailbox is a small card with name, address, bar and level', async ({ page }) => {
  await page.setViewportSize(phone);
  await page.goto('/postfaecher?filter=voll');
  const card = page.getByRole('row').nth(1);
  await expect(card.getByRole('link')).toBeVisible();
  await expect(card.locator('.hint')).toContainText('@');
  await expect(card.locator('meter')).toBeVisible();
  await expect(card.getByText('Voll', { exact: true })).toBeVisible();
  const box = (await card.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(390);
  expect(box.height).toBeLessThan(120);
});

test('at 1366 × 900 the mailbox list shows twenty mailboxes without scrolling, one line each', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/postfaecher');
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(50);
  const boxes = await rows.evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom, height: r.height })));
  expect(Math.max(...boxes.map((b) => b.height))).toBeLessThanOrEqual(40);
  expect(boxes.filter((b) => b.bottom <= 900).length).toBeGreaterThanOrEqual(20);
  // The figures' time once above the table, the usage as one line.
  await expect(page.getByText(/^Stand der Zahlen: \d\d\.\d\d\.\d{4}/)).toHaveCount(1);
  await expect(rows.first().locator('.usage-text')).toHaveText(/^\d+,\d \/ \d+ GB · \d+ %$/);
  const { scrollWidth, clientWidth } = await widths(page);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});

test('the mailbox list pages forward and back and says which page it shows', async ({ page }) => {
  await page.goto('/postfaecher?sortierung=adresse');
  const pager = page.getByRole('navigation', { name: 'Seiten' });
  await expect(pager.getByText(/^Seite 1 von \d+$/)).toBeVisible();
  await expect(pager.getByRole('link', { name: 'Vorherige Seite' })).toHaveCount(0);
  const firstRow = () => page.getByRole('row').nth(1).locator('.hint').innerText();
  await pager.getByRole('link', { name: 'Nächste Seite' }).click();
  await expect(pager.getByText(/^Seite 2 von \d+$/)).toBeVisible();
  const second = await firstRow();
  await pager.getByRole('link', { name: 'Nächste Seite' }).click();
  await expect(pager.getByText(/^Seite 3 von \d+$/)).toBeVisible();
  const third = await firstRow();
  expect(third > second).toBe(true);
  await pager.getByRole('link', { name: 'Vorherige Seite' }).click();
  await expect(pager.getByText(/^Seite 2 von \d+$/)).toBeVisible();
  expect(await firstRow()).toBe(second);
  await pager.getByRole('link', { name: 'Vorherige Seite' }).click();
  await expect(pager.getByText(/^Seite 1 von \d+$/)).toBeVisible();
  await expect(page).not.toHaveURL(/nach=/);
});

test('a domain lists its addresses page by page, counted per kind, and the search finds one', async ({ page }) => {
  await page.goto('/domains');
  await page.getByRole('link', { name: 'muster-gmbh.de', exact: true }).click();
  const list = page.getByRole('region', { name: 'Postfächer und Aliasse' });
  await expect(list.getByText(/^\d+ Postfächer · \d+ Aliasse/)).toBeVisible();
  const rows = list.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(50);
  await expect(list.getByText(/^Seite 1 von \d+$/)).toBeVisible();
  await list.getByRole('link', { name: 'Nächste Seite' }).click();
  await expect(list.getByText(/^Seite 2 von \d+$/)).toBeVisible();
  const address = (await rows.nth(7).getByRole('rowheader').innerText()).trim();

  // The search is a GET form: it works the same with and without the WASM.
  await list.getByLabel('Adresse oder Name').fill(address);
  await list.getByRole('button', { name: 'Suchen' }).click();
  await expect(page).toHaveURL(/suche=/);
  await expect(list.getByRole('status')).toHaveText('Eine Adresse gefunden');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole('rowheader')).toHaveText(address);
  await expectAccessible(page);

  // Nothing found: said so; "Alle Adressen" leads back to the whole list.
  await list.getByLabel('Adresse oder Name').fill('gibt-es-nicht-xyz');
  await list.getByRole('button', { name: 'Suchen' }).click();
  await expect(list.getByText('Keine Adresse dieser Domain passt zur Suche.')).toBeVisible();
  await list.getByRole('link', { name: 'Alle Adressen' }).click();
  await expect(rows).toHaveCount(50);

  // A search longer than the server takes is refused with a German message.
  const response = await page.request.post('/api/domain', {
    form: { id: new URL(page.url()).pathname.split('/').pop()!, 'addresses[search]': 'x'.repeat(101) },
  });
  expect(response.status()).toBe(422);
  expect(await response.text()).toContain('input-too-long');
});

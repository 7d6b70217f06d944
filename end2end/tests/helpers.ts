import { expect, type Page, type TestType } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { serverBinary, serverEnv } from '../playwright.config';

export const demo = {
  owner: 'inhaberin@muster-gmbh.de',
  admin: 'admin@muster-gmbh.de',
  readonly: 'buchhaltung@muster-gmbh.de',
  password: 'Wanderkarte-Holunder-73',
};

/** Seeds of the authenticators set up during this run, and the last step each used. */
const seedsFile = path.join(__dirname, '..', '.tmp', 'totp-seeds.json');
type Seeds = Record<string, { secret: string; lastStep: number }>;
const readSeeds = (): Seeds => (fs.existsSync(seedsFile) ? JSON.parse(fs.readFileSync(seedsFile, 'utf8')) : {});
const writeSeeds = (s: Seeds) => fs.writeFileSync(seedsFile, JSON.stringify(s));

function base32Decode(input: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of input.replace(/[\s=]/g, '').toUpperCase()) {
    value = (value << 5) | alphabet.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The RFC 6238 code (SHA-1, 6 digits, 30 s) an authenticator app would show for `step`. */
export function totpCode(secret: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

const currentStep = () => Math.floor(Date.now() / 1000 / 30);

/** A code for a step this user has not used yet (waits for the next step if needed). */
export async function freshCode(email: string): Promise<string> {
  const seeds = readSeeds();
  const entry = seeds[email];
  if (!entry) throw new Error(`no authenticator set up for ${email} in this run`);
  while (currentStep() <= entry.lastStep) {
    await new Promise((r) => setTimeout(r, 500));
  }
  entry.lastStep = currentStep();
  writeSeeds(seeds);
  return totpCode(entry.secret, entry.lastStep);
}

/** The password step only. */
export async function login(page: Page, email = demo.owner, password = demo.password) {
  await page.goto('/anmelden');
  await submitLogin(page, email, password);
}

/** Fills and sends the login form of the current page (which may carry a `next`). */
export async function submitLogin(page: Page, email = demo.owner, password = demo.password) {
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

/** Sets up the authenticator on the set-up page; returns the recovery codes shown. */
export async function enrol(page: Page, email: string): Promise<string[]> {
  await expect(page.getByRole('heading', { level: 1, name: 'Zwei-Faktor-Anmeldung einrichten' })).toBeVisible();
  const secret = (await page.getByLabel('Schlüssel für die Authenticator-App').inputValue()).replace(/\s/g, '');
  const seeds = readSeeds();
  seeds[email] = { secret, lastStep: currentStep() };
  writeSeeds(seeds);
  await page.getByLabel('Sechsstelliger Code').fill(totpCode(secret, currentStep()));
  await page.getByRole('button', { name: 'Einrichtung abschließen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ihre Wiederherstellungscodes' })).toBeVisible();
  return page.locator('.recovery-codes code').allInnerTexts();
}

/** Enters a fresh one-time code on the second-step page. */
export async function enterCode(page: Page, email: string) {
  await expect(page.getByRole('heading', { level: 1, name: 'Anmeldung bestätigen' })).toBeVisible();
  await page.getByLabel('Sechsstelliger Code').fill(await freshCode(email));
  await page.getByRole('button', { name: 'Bestätigen' }).click();
}

/**
 * Password and second factor: sets up the authenticator on the first login
 * of the run (then continues to the portal), enters a fresh code afterwards.
 */
export async function fullLogin(page: Page, email = demo.owner, password = demo.password) {
  await login(page, email, password);
  await secondStep(page, email);
}

/** After the password: the authenticator set-up on the first login of the run, a fresh code afterwards. */
export async function secondStep(page: Page, email: string) {
  await expect(page).toHaveURL(/\/anmelden\/(code|zwei-faktor)/);
  if (page.url().includes('zwei-faktor')) {
    await enrol(page, email);
    await page.getByRole('link', { name: 'Weiter zum Portal' }).click();
  } else {
    await enterCode(page, email);
  }
}

/** No serious or critical accessibility violations on the current page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(severe, `accessibility violations on ${page.url()}`).toEqual([]);
}

/**
 * One owner login for all tests of a spec file (they are about the portal,
 * not the login): logs in before the file's tests and has them start with
 * that session. `name` keeps the files' sessions apart.
 */
export function loggedInAsOwner(test: TestType<any, any>, name: string) {
  const state = path.join(__dirname, '..', '.tmp', `owner-state-${name}.json`);
  test.beforeAll(async ({ browser }, testInfo) => {
    const page = await browser.newPage({
      baseURL: testInfo.project.use.baseURL,
      locale: 'de-DE',
      storageState: { cookies: [], origins: [] },
    });
    await fullLogin(page);
    await page.context().storageState({ path: state });
    await page.close();
  });
  test.use({ storageState: state });
}

/** Runs an operator command of the server binary against the e2e database. */
export function operator(...args: string[]): string {
  return execFileSync(serverBinary, args, { env: { ...process.env, ...serverEnv }, encoding: 'utf8' });
}

/**
 * A new user of the demo customer, created on the CLI, with a password set
 * through the one-time link and an authenticator set up; logged in on `page`.
 */
export async function newUserLoggedIn(page: Page, role: 'owner' | 'admin' | 'readonly'): Promise<string> {
  const email = `${role}.${Date.now()}@muster-gmbh.de`;
  const out = operator('create-user', '--customer', 'K-100234', '--email', email, '--name', `Neu ${role}`, '--role', role);
  const link = new URL(out.match(/https?:\/\/\S+\/passwort-setzen\?token=[0-9a-f]+/)![0]);
  await page.goto(link.pathname + link.search);
  await page.getByLabel('Neues Passwort', { exact: true }).fill(demo.password);
  await page.getByLabel('Neues Passwort wiederholen').fill(demo.password);
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(page.getByRole('status')).toContainText('Ihr Passwort ist gespeichert.');
  await submitLogin(page, email, demo.password);
  await enrol(page, email);
  await page.getByRole('link', { name: 'Weiter zum Portal' }).click();
  return email;
}

import { defineConfig } from '@playwright/test';
import path from 'node:path';

// The suite runs against the real server binary (release build made by
// `make test`) with a fresh SQLite database seeded with the demo customer.
const port = Number(process.env.E2E_PORT ?? 3010);
// A real SMTP server (maildev) receives the portal's mails; tests read them over its REST API.
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 3025);
const maildevWebPort = Number(process.env.E2E_MAILDEV_WEB_PORT ?? 3080);
export const maildevUrl = `http://127.0.0.1:${maildevWebPort}`;
// A real DNS server (the test suite's zone fixture) answers the portal's DNS checks.
const dnsPort = Number(process.env.E2E_DNS_PORT ?? 3053);
const root = path.resolve(__dirname, '..');
export const e2eDatabase = `sqlite://${path.join(__dirname, '.tmp', 'e2e.db')}`;
export const serverBinary = process.env.E2E_SERVER ?? path.join(root, 'target', 'release', 'server');
const dnsFixtureBinary = path.join(root, 'target', 'debug', 'examples', 'dns_fixture');

export const serverEnv = {
  DATABASE_URL: e2eDatabase,
  // A domain name, not an IP: passkeys (WebAuthn) are bound to one.
  PORTAL_PUBLIC_URL: `http://localhost:${port}`,
  LEPTOS_SITE_ROOT: path.join(root, 'target', 'site'),
  LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
  LEPTOS_OUTPUT_NAME: 'rhoenmail-portal',
  RUST_LOG: 'info,sqlx=warn',
  // A fixed key for secrets at rest, so no key file is written next to the tests.
  PORTAL_SECRET_KEY: '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
  PORTAL_OPERATOR_TOKEN: 'e2e-operator-token-0123456789abcdef',
  PORTAL_SMTP_HOST: '127.0.0.1',
  PORTAL_SMTP_PORT: String(smtpPort),
  PORTAL_MAIL_POLL_MS: '200',
  PORTAL_MAIL_RETRY_BASE_SECS: '1',
  PORTAL_DNS_RESOLVER: `127.0.0.1:${dnsPort}`,
  PORTAL_DNS_AUTHORITATIVE_PORT: String(dnsPort),
  PORTAL_DNS_TIMEOUT_MS: '500',
  // The suite's DNS server runs on 127.0.0.1, which production refuses to ask.
  PORTAL_DNS_ALLOW_PRIVATE: '1',
};

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Logins wait for a fresh 30-second TOTP step when a user logs in twice in one step.
  timeout: 120_000,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'de-DE',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
  {
    command: `exec "${dnsFixtureBinary}" --port ${dnsPort}`,
    cwd: __dirname,
    port: dnsPort,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  {
    command: `exec node_modules/.bin/maildev --smtp ${smtpPort} --web ${maildevWebPort} --ip 127.0.0.1 --silent`,
    cwd: __dirname,
    url: `${maildevUrl}/email`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  {
    command: `rm -rf .tmp && mkdir -p .tmp && exec "${serverBinary}" serve`,
    cwd: __dirname,
    url: `http://127.0.0.1:${port}/readyz`,
    // The test clock (`PUT /operator/test-clock` with the operator token) exists only
    // in the build `make build-release` makes; other builds refuse to start with it.
    env: { ...serverEnv, PORTAL_SEED_DEMO: '1', PORTAL_TEST_CLOCK: '1' },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  ],
});

import { test as base, expect } from '@playwright/test';

/**
 * Every test fails if the page reports a Content-Security-Policy violation or
 * an uncaught error: hydration must work under the portal's strict CSP.
 */
export const test = base.extend<{ pageErrors: void }>({
  pageErrors: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) {
          problems.push(msg.text());
        }
      });
      page.on('pageerror', (err) => problems.push(err.message));
      await use();
      expect(problems, 'CSP violations or page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

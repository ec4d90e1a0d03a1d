import { expect, test } from '@playwright/test';
import { rendered, waitForIdle, watchForeignRequests } from './driver';
import { serveDist } from './servers';

const CSP = "default-src 'self'";

test('the built app under a strict CSP loads its map and logs no CSP violation', async ({
  page,
}) => {
  const server = await serveDist('/', { 'content-security-policy': CSP });
  try {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/content security policy|refused to/i.test(m.text())) violations.push(m.text());
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Runs before the page's own scripts (the CSP does not apply to the test's instrumentation).
    await page.addInitScript(() => {
      const list: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = list;
      document.addEventListener('securitypolicyviolation', (e) =>
        list.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const foreign = watchForeignRequests(page, server.origin);
    const response = await page.goto(`${server.origin}/?units=mi`);
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    await waitForIdle(page);
    expect((await rendered(page, ['place-circles'], 'id')).length).toBe(7);
    expect((await rendered(page, ['place-labels'], 'name')).length).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Computed' }).click();
    await page.getByRole('button', { name: 'Places', exact: true }).click();
    await page.getByRole('button', { name: /^Vostochny/ }).click();
    await page.getByRole('button', { name: 'Journey', exact: true }).click();
    await page.getByRole('button', { name: 'Embed' }).click();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
    const events = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    expect(events).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  } finally {
    await server.close();
  }
});

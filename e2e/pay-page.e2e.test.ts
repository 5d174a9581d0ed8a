// End to end: the customer's pay page of the built demo (vite preview), on the in-browser mock
// backend, in Debian's Chromium. Every test uses a fresh browser context, so a fresh mock.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { useDemo } from './support/harness.ts';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const HOUR = 60 * 60 * 1000;

interface Link {
  id: string;
  token: string;
  status: string;
}

const env = useDemo();

/** A page of the demo whose mock backend is running (msw's worker controls it). */
async function demoPage(context: BrowserContext, path = '/pay.html'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${env.demo.url}${path}`);
  await page.locator('html[data-mock="ready"]').waitFor({ state: 'attached' });
  return page;
}

/** Calls the mocked HTTP API from inside the page, as the merchant. */
async function api<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  // The pay page starts msw's worker after it has rendered; until then /api is not mocked.
  await page.locator('html[data-mock="ready"]').waitFor({ state: 'attached' });
  const answer = await page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: { Authorization: 'Bearer demo', 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.text() };
    },
    { method, path, body },
  );
  assert.ok(answer.status < 400, `${method} ${path} answered ${answer.status}: ${answer.body}`);
  return (answer.body ? JSON.parse(answer.body) : undefined) as T;
}

function createLink(page: Page, overrides: Record<string, unknown> = {}): Promise<Link> {
  return api<Link>(page, 'POST', '/api/links', {
    amount: 1250,
    title: 'Invoice E2E-1',
    customer: { name: 'Jane Doe', email: 'jane@example.com' },
    language: 'en',
    methods: ['card', 'bancontact'],
    ...overrides,
  });
}

const linkStatus = async (page: Page, id: string) =>
  (await api<Link>(page, 'GET', `/api/links/${id}`)).status;

/** Opens the pay page for `token` and waits for its Pay button. */
async function openPayPage(page: Page, token: string): Promise<void> {
  await page.goto(`${env.demo.url}/pay.html?token=${encodeURIComponent(token)}`);
  await page.getByRole('button', { name: 'Pay €12.50' }).waitFor();
}

/** Pays at the mock PSP with `outcome` and waits to be back on the pay page. */
async function payAtPsp(page: Page, outcome: 'Approve' | 'Decline'): Promise<void> {
  await page.getByRole('button', { name: 'Pay €12.50' }).click();
  await page.waitForURL(/\/psp\.html\?payment=/);
  await page.getByRole('button', { name: outcome }).click();
  await page.waitForURL(/\/pay\.html\?token=/);
}

describe('<paylink-pay-page> in the demo', () => {
  test('the portal in another tab follows the link: Created, then Clicked, then Paid', async () => {
    const context = await env.browser.newContext();
    try {
      const portal = await demoPage(context, '/');
      const link = await createLink(portal, { title: 'Invoice E2E-tabs' });
      const list = portal.locator('paylink-list');
      await list.getByRole('searchbox', { name: 'Search' }).fill('E2E-tabs');
      const row = list.getByRole('row').filter({ hasText: 'Invoice E2E-tabs' });
      await row.getByText('Created', { exact: true }).waitFor();
      // The portal saves what it creates; the pay-page tab starts from that.
      await portal.waitForFunction(() => localStorage.getItem('paylink-demo')?.includes('E2E-tabs'));

      const payer = await context.newPage();
      await openPayPage(payer, link.token);
      await row.getByText('Clicked', { exact: true }).waitFor({ timeout: 15_000 });
      await payAtPsp(payer, 'Approve');
      await payer.getByRole('heading', { name: 'Payment received' }).waitFor();
      await row.getByText('Paid', { exact: true }).waitFor({ timeout: 15_000 });
    } finally {
      await context.close();
    }
  });

  test('opening a Created link marks it Clicked and offers its methods', async () => {
    const context = await env.browser.newContext();
    try {
      const page = await demoPage(context);
      const link = await createLink(page);
      assert.equal(link.status, 'created');
      await openPayPage(page, link.token);
      assert.equal(await linkStatus(page, link.id), 'clicked');
      await page.getByRole('heading', { name: 'Invoice E2E-1' }).waitFor();
      await page.getByRole('radio', { name: 'Card' }).waitFor();
      await page.getByRole('radio', { name: 'Bancontact' }).waitFor();
      assert.equal(await page.getByRole('radio', { name: 'iDEAL' }).count(), 0);
      assert.equal(await page.getByRole('combobox', { name: 'Language' }).inputValue(), 'en');
    } finally {
      await context.close();
    }
  });

  test('Approve at the PSP shows the receipt and the link is paid', async () => {
    const context = await env.browser.newContext();
    try {
      const page = await demoPage(context);
      const link = await createLink(page);
      await openPayPage(page, link.token);
      await page.getByRole('radio', { name: 'Bancontact' }).click();
      await payAtPsp(page, 'Approve');
      await page.getByRole('heading', { name: 'Payment received' }).waitFor();
      assert.match(
        (await page.locator('paylink-pay-page [part~="receipt"]').textContent()) ?? '',
        /Bancontact/,
      );
      assert.equal(await page.getByRole('button', { name: /^Pay / }).count(), 0);
      assert.equal(await linkStatus(page, link.id), 'paid');
    } finally {
      await context.close();
    }
  });

  test('Decline shows Declined; Try again, then Approve, pays', async () => {
    const context = await env.browser.newContext();
    try {
      const page = await demoPage(context);
      const link = await createLink(page);
      await openPayPage(page, link.token);
      await payAtPsp(page, 'Decline');
      await page.getByRole('heading', { name: 'The payment did not go through' }).waitFor();
      assert.equal(await linkStatus(page, link.id), 'declined');

      await page.getByRole('button', { name: 'Try again' }).click();
      await page.getByRole('button', { name: 'Pay €12.50' }).waitFor();
      assert.equal(await linkStatus(page, link.id), 'clicked');
      await payAtPsp(page, 'Approve');
      await page.getByRole('heading', { name: 'Payment received' }).waitFor();
      assert.equal(await linkStatus(page, link.id), 'paid');
    } finally {
      await context.close();
    }
  });

  test('a link past its expiry shows the Expired page', async () => {
    const context = await env.browser.newContext();
    try {
      const page = await demoPage(context);
      const { now } = await api<{ now: string }>(page, 'GET', '/__mock/clock');
      const link = await createLink(page, { expiresAt: new Date(Date.parse(now) + HOUR).toISOString() });
      await api(page, 'POST', '/__mock/clock', { advanceMs: 2 * HOUR });
      await page.goto(`${env.demo.url}/pay.html?token=${link.token}`);
      await page.getByRole('heading', { name: 'This link has expired' }).waitFor();
      assert.equal(await page.getByRole('button', { name: /^Pay / }).count(), 0);
      assert.equal(await linkStatus(page, link.id), 'expired');
    } finally {
      await context.close();
    }
  });

  test('an unknown token shows Not found', async () => {
    const context = await env.browser.newContext();
    try {
      const page = await demoPage(context);
      await page.goto(`${env.demo.url}/pay.html?token=no-such-token-000000000000`);
      await page.getByRole('heading', { name: 'Payment link not found' }).waitFor();
    } finally {
      await context.close();
    }
  });

  test('works under a strict Content-Security-Policy', async () => {
    // The link is made in one context; its saved mock data is handed to a fresh one, whose first
    // navigation (no service worker yet, so page.route sees it) is answered with the CSP header.
    const setup = await env.browser.newContext();
    let saved: string;
    let token: string;
    try {
      const page = await demoPage(setup);
      token = (await createLink(page)).token;
      await page.waitForFunction(() => localStorage.getItem('paylink-demo')?.includes('Invoice E2E-1'));
      saved = (await page.evaluate(() => localStorage.getItem('paylink-demo'))) ?? '';
    } finally {
      await setup.close();
    }

    const context = await env.browser.newContext();
    try {
      await context.addInitScript(
        ({ data, origin }) => {
          if (location.origin === origin && !sessionStorage.getItem('seeded')) {
            localStorage.setItem('paylink-demo', data);
            sessionStorage.setItem('seeded', '1');
          }
          const seen: string[] = [];
          (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
          document.addEventListener('securitypolicyviolation', (e) =>
            seen.push(`${e.violatedDirective} ${e.blockedURI}`),
          );
        },
        { data: saved, origin: env.demo.url },
      );
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !/favicon/.test(message.location().url))
          problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(String(error)));
      let served = false;
      await page.route(`${env.demo.url}/pay.html?*`, async (route) => {
        const response = await route.fetch();
        served = true;
        await route.fulfill({
          response,
          headers: { ...response.headers(), 'content-security-policy': STRICT_CSP },
        });
      });

      await openPayPage(page, token);
      assert.ok(served, 'the page was served with the CSP header');
      await page.getByRole('radio', { name: 'Card' }).click();
      const violations = await page.evaluate(
        () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
      );
      assert.deepEqual(violations, []);
      assert.deepEqual(problems, []);
      // The policy is really enforced, and a breach would have been seen.
      const inlineRan = await page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.body.append(script);
        await new Promise((resolve) => setTimeout(resolve, 50));
        return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
      });
      assert.equal(inlineRan, false);
      await page.waitForFunction(
        () => (window as unknown as { __cspViolations: string[] }).__cspViolations.length > 0,
      );
    } finally {
      await context.close();
    }
  });
});

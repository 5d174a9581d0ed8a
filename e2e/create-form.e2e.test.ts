// End to end: creating payment links in the built demo, as a person does it, in a fresh profile at a
// desktop and a phone size: the overview's New payment link → fill the form → Create → Copy link →
// close → the link is in the overview as Created; a customer record → its plus button → create
// (the link is that customer's, origin `customer`). Controls are found by role and accessible name.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type DemoServer, launchBrowser, startDemo } from './support/harness.ts';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

let demo: DemoServer;
let browser: Browser;

before(async () => {
  demo = await startDemo();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await demo?.close();
});

/** A fresh profile (clipboard allowed, as a person who accepted the prompt), collecting page errors. */
async function visit(
  viewport: { width: number; height: number },
  path: string,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${demo.url}${path}`);
  await page.locator('html[data-mock="ready"]').waitFor({ state: 'attached' });
  return { context, page, errors };
}

/** The name of the element that has focus, looking inside shadow roots. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return (active?.getAttribute('aria-label') ?? active?.textContent ?? '').trim();
  });
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  assert.ok(scroll <= width, `page scrolls sideways: ${scroll} > ${width}`);
}

for (const viewport of VIEWPORTS) {
  describe(`creating payment links at ${viewport.width}×${viewport.height}`, () => {
    test('New payment link → fill → Create → Copy link → the link is in the overview as Created', async () => {
      const { context, page, errors } = await visit(viewport, '/');
      try {
        const list = page.locator('paylink-list');
        await list.getByRole('row').nth(1).waitFor();
        const newLink = list.getByRole('button', { name: 'New payment link' });
        await newLink.click();
        const dialog = page.getByRole('dialog', { name: 'New payment link' });
        await dialog.waitFor();
        const form = dialog.locator('paylink-create-form');
        const amount = form.getByRole('textbox', { name: 'Amount', exact: true });
        await amount.waitFor();
        assert.equal(
          await amount.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement),
          true,
          'focus moved into the form, on its first field',
        );
        await noSidewaysScroll(page);

        // Create at once: every required field is reported and the first takes focus.
        await form.getByRole('button', { name: 'Create payment link' }).click();
        await form.getByText('Enter an amount.').waitFor();
        assert.equal(await amount.getAttribute('aria-invalid'), 'true');

        const title = `E2E ${viewport.name} ${Date.now()}`;
        await amount.fill('49.90');
        await form.getByRole('textbox', { name: 'Title' }).fill(title);
        const customer = form.getByRole('combobox', { name: 'Customer name' });
        await customer.pressSequentially('Jan Jan', { delay: 30 });
        await form.getByRole('option', { name: /Jan Janssens/ }).waitFor();
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        assert.equal(
          await form.getByRole('textbox', { name: 'Email' }).inputValue(),
          'jan.janssens@proximus.be',
        );
        await form.getByRole('radio', { name: 'By email' }).check();
        await form.getByRole('button', { name: 'Create payment link' }).click();

        const created = form.getByRole('heading', { name: 'Payment link created' });
        await created.waitFor();
        await form.getByText('Sent by email to jan.janssens@proximus.be.').waitFor();
        assert.equal(await form.getByRole('img', { name: 'QR code of the payment link' }).isVisible(), true);
        const url = await form.getByRole('textbox', { name: 'Payment link' }).inputValue();
        assert.match(url, /\/pay\.html\?token=/);
        await form.getByRole('button', { name: 'Copy link' }).click();
        await form.getByText('Link copied.').waitFor();
        assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
        await noSidewaysScroll(page);

        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
        assert.equal(await focusedName(page), 'New payment link', 'focus is back on New payment link');
        const row = list.getByRole('row').filter({ hasText: title });
        await row.waitFor();
        assert.match((await row.textContent()) ?? '', /Created/);
        assert.match((await row.textContent()) ?? '', /Jan Janssens/);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });

    test('a customer record → plus → create: the link is the customer’s, origin customer', async () => {
      const { context, page, errors } = await visit(viewport, '/customer.html');
      try {
        const plus = page.getByRole('button', { name: /^New payment link for / });
        await plus.waitFor();
        const name = ((await plus.getAttribute('aria-label')) ?? '').replace('New payment link for ', '');
        assert.equal(await page.getByRole('heading', { level: 2, name }).isVisible(), true);
        await noSidewaysScroll(page);
        await plus.click();
        const dialog = page.getByRole('dialog', { name: `New payment link for ${name}` });
        const form = dialog.locator('paylink-create-form');
        const customer = form.getByRole('textbox', { name: 'Customer name' });
        await page.waitForFunction(
          (expected) =>
            (
              document
                .querySelector('paylink-create-form')
                ?.shadowRoot?.querySelector('#f-customerName') as HTMLInputElement | null
            )?.value === expected,
          name,
        );
        assert.equal(await customer.getAttribute('readonly'), '');
        const title = `Customer ${viewport.name} ${Date.now()}`;
        await form.getByRole('textbox', { name: 'Amount', exact: true }).fill('120');
        await form.getByRole('textbox', { name: 'Title' }).fill(title);
        await form.getByRole('button', { name: 'Create payment link' }).click();
        await form.getByRole('heading', { name: 'Payment link created' }).waitFor();
        await form.getByRole('button', { name: 'Copy link' }).click();
        await form.getByText('Link copied.').waitFor();
        await dialog.getByRole('button', { name: 'Close' }).click();
        await dialog.waitFor({ state: 'hidden' });
        assert.equal(await focusedName(page), `New payment link for ${name}`);

        const item = page.getByRole('listitem').filter({ hasText: title });
        await item.waitFor();
        assert.match((await item.textContent()) ?? '', /Created/);
        const link = await page.evaluate(async (q) => {
          const response = await fetch(`/api/links?q=${encodeURIComponent(q)}`, {
            headers: { authorization: 'Bearer e2e' },
          });
          return ((await response.json()) as { items: { origin: string; customer: { name: string } }[] })
            .items[0];
        }, title);
        assert.equal(link?.origin, 'customer');
        assert.equal(link?.customer.name, name);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  });
}

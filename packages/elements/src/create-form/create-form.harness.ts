// Helpers shared by the create form's browser tests: the in-page mock backend, mounting a form with
// its inputs set before it connects, and finding its controls the way a person does (by label).
// Test-only (`*.harness.ts` is left out of the npm build and the manifest).

import { createPaylinkClient, type PaylinkClient } from '@paylink/client';
import { type MockWorker, startMockWorker } from '@paylink/mock-backend/browser';
import { cleanupFixtures, shadow, waitUntil } from '../../test-support/fixture.ts';
import type { PaylinkCreateForm } from './create-form.ts';
import './define.ts';

export { nextEvent, shadow, waitUntil } from '../../test-support/fixture.ts';

let started: Promise<MockWorker> | undefined;

/** Starts the in-page mock backend once per test page (no auth, so tests need no token). */
export function mockBackend(): Promise<MockWorker> {
  started ??= startMockWorker({ auth: false });
  return started;
}

/** Stops the worker; call in the file's `after`. */
export async function stopMockBackend(): Promise<void> {
  const mock = await started;
  await mock?.worker.stop();
  started = undefined;
}

/** How many links the mock holds now. */
export function linkCount(m: MockWorker): number {
  return m.engine.findLinks({ from: '2000-01-01' }).length;
}

/**
 * A client on the mock whose `fetch` the test controls: `offline` makes every request fail as a
 * network error; `loseAnswers` lets requests reach the server but loses the answer. Retries are
 * off, so the form's own Retry is what sends again.
 */
export function flakyClient(): PaylinkClient & {
  offline: boolean;
  loseAnswers: boolean;
  creates: Request[];
} {
  const state = { offline: false, loseAnswers: false, creates: [] as Request[] };
  const client = createPaylinkClient({
    baseUrl: '/api',
    retry: false,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'POST' && new URL(request.url).pathname === '/api/links')
        state.creates.push(request.clone());
      if (state.offline) throw new TypeError('Failed to fetch');
      const response = await fetch(request);
      if (state.loseAnswers) throw new TypeError('Failed to fetch');
      return response;
    },
  });
  return Object.defineProperties(client, {
    offline: { get: () => state.offline, set: (on: boolean) => (state.offline = on) },
    loseAnswers: { get: () => state.loseAnswers, set: (on: boolean) => (state.loseAnswers = on) },
    creates: { value: state.creates },
  }) as PaylinkClient & { offline: boolean; loseAnswers: boolean; creates: Request[] };
}

const mounted = new Set<Element>();

/** Mounts `<paylink-create-form>` with properties set before it connects. */
export async function mountForm(
  props: { client?: PaylinkClient; lang?: string; customerId?: string } = {},
  container: HTMLElement = document.body,
): Promise<PaylinkCreateForm> {
  const form = document.createElement('paylink-create-form');
  if (props.client) form.client = props.client;
  if (props.lang) form.setAttribute('lang', props.lang);
  if (props.customerId) form.setAttribute('customer-id', props.customerId);
  container.append(form);
  mounted.add(form);
  await form.updateComplete;
  return form;
}

/** Removes forms mounted by {@link mountForm} and fixtures. */
export function cleanup(): void {
  for (const element of mounted) element.remove();
  mounted.clear();
  cleanupFixtures();
}

/** Resolves when the payment methods are shown (the form is ready to fill in). */
export async function ready(form: PaylinkCreateForm): Promise<void> {
  await form.localeReady();
  await waitUntil(() => $$(form, 'input[name="methods"]').length > 0, 'payment methods shown');
  await form.updateComplete;
}

/** First element matching `selector` in the form's shadow root. */
export function $<T extends Element = HTMLElement>(form: PaylinkCreateForm, selector: string): T | null {
  return shadow(form).querySelector<T>(selector);
}

/** All elements matching `selector` in the form's shadow root. */
export function $$<T extends Element = HTMLElement>(form: PaylinkCreateForm, selector: string): T[] {
  return [...shadow(form).querySelectorAll<T>(selector)];
}

/** The control labelled `name` (its `<label for>` text without "(optional)"), as a person finds it. */
export function field<T extends HTMLElement = HTMLInputElement>(form: PaylinkCreateForm, name: string): T {
  const label = $$<HTMLLabelElement>(form, 'label[for]').find((l) => {
    const text = l.cloneNode(true) as HTMLElement;
    for (const hidden of text.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
    return text.textContent?.trim() === name;
  });
  const control = label && shadow(form).getElementById(label.htmlFor);
  if (!control) throw new Error(`no field "${name}"`);
  return control as T;
}

/** Types `value` into the field labelled `name` (replacing what is there), as `input` events. */
export async function fill(form: PaylinkCreateForm, name: string, value: string): Promise<void> {
  const control = field<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(form, name);
  control.focus();
  control.value = value;
  control.dispatchEvent(
    new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
  );
  await form.updateComplete;
}

/** The message shown for a field (its `aria-describedby` error), or `''`. */
export function errorOf(form: PaylinkCreateForm, control: Element): string {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => shadow(form).getElementById(id)).find((el) => el?.matches('.field-error'));
  return error?.textContent?.trim() ?? '';
}

/** The button whose text (accessible name) is exactly `name`. */
export function button(form: PaylinkCreateForm, name: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(form, 'button').find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** Fills the fields every link needs: amount, title and a new customer's name. */
export async function fillValid(
  form: PaylinkCreateForm,
  values: { amount?: string; title?: string; customer?: string } = {},
): Promise<void> {
  await fill(form, 'Amount', values.amount ?? '12.50');
  await fill(form, 'Title', values.title ?? 'Garden maintenance');
  await fill(form, 'Customer name', values.customer ?? 'Ada Lovelace');
}

/** The live region's text once it includes `includes`. */
export async function announced(form: PaylinkCreateForm, includes: string): Promise<string> {
  await waitUntil(
    () => ($(form, '[part="live"]')?.textContent ?? '').includes(includes),
    `announcement "${includes}"`,
  );
  return $(form, '[part="live"]')?.textContent ?? '';
}

/** The element focused inside the form's shadow root. */
export function focused(form: PaylinkCreateForm): Element | null {
  return shadow(form).activeElement;
}

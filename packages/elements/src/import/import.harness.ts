// Helpers shared by the import's browser tests: the in-page mock backend (msw service worker), a way
// to mount an import, make CSV files, and query its shadow DOM. Test-only (`*.harness.ts` is left out
// of the npm build and the manifest).

import type { ImportResult, PaylinkClient } from '@paylink/client';
import { cleanupFixtures, shadow, waitUntil } from '../../test-support/fixture.ts';
import './define.ts';
import type { PaylinkImport } from './import.ts';

export { nextEvent, shadow, waitUntil } from '../../test-support/fixture.ts';
// One in-page mock backend per test page, whichever component's tests start it.
export { mockBackend, stopMockBackend } from '../list/list.harness.ts';

const mounted = new Set<Element>();

/** Mounts `<paylink-import>` with properties set before it connects. */
export async function mountImport(
  props: Partial<Pick<PaylinkImport, 'lang' | 'client' | 'chunkSize' | 'parseOnPage'>> = {},
  container: HTMLElement = document.body,
): Promise<PaylinkImport> {
  const element = document.createElement('paylink-import');
  Object.assign(element, props);
  container.append(element);
  mounted.add(element);
  await element.updateComplete;
  await element.ready();
  return element;
}

/** Removes imports mounted by {@link mountImport}. */
export function cleanup(): void {
  for (const element of mounted) element.remove();
  mounted.clear();
  cleanupFixtures();
}

/** A CSV file from lines (joined with CRLF), as a person's spreadsheet would save it. */
export function csvFile(lines: readonly string[], name = 'links.csv', prefix: BlobPart[] = []): File {
  return new File([...prefix, `${lines.join('\r\n')}\r\n`], name, { type: 'text/csv' });
}

/** The server's answer to an import request whose every row was created. */
export function everyRowCreated(csv: string): ImportResult {
  const rows = csv.trim().split('\r\n').length - 1;
  return {
    created: rows,
    invalid: 0,
    rows: Array.from({ length: rows }, (_, i) => ({
      row: i + 2,
      outcome: 'created' as const,
      linkId: `pl_${i}`,
    })),
  };
}

/** Import answers a stub client gives, call by call. */
export type ImportAnswer = (csv: string, signal: AbortSignal | undefined) => Promise<ImportResult>;

/**
 * A client whose `links.import` answers through `answer` (by default: every row created) and whose
 * payment methods are card and iDEAL; `calls` keeps each request's CSV and idempotency key.
 */
export function stubClient(answer?: ImportAnswer): PaylinkClient & {
  calls: { csv: string; key: string | undefined }[];
} {
  const calls: { csv: string; key: string | undefined }[] = [];
  const created: ImportAnswer = async (csv) => everyRowCreated(csv);
  const client = {
    calls,
    paymentMethods: {
      list: async () => ({
        items: [
          { id: 'card', name: 'Card', active: true },
          { id: 'ideal', name: 'iDEAL', active: true },
          { id: 'paypal', name: 'PayPal', active: false },
        ],
      }),
    },
    links: {
      import: (csv: string, options: { signal?: AbortSignal; idempotencyKey?: string } = {}) => {
        calls.push({ csv, key: options.idempotencyKey });
        return (answer ?? created)(csv, options.signal);
      },
    },
  };
  return client as unknown as PaylinkClient & { calls: typeof calls };
}

/** A promise you settle from outside. */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
} {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** First element matching `selector` in the import's shadow root. */
export function $<T extends Element = HTMLElement>(element: PaylinkImport, selector: string): T | null {
  return shadow(element).querySelector<T>(selector);
}

/** All elements matching `selector` in the import's shadow root. */
export function $$<T extends Element = HTMLElement>(element: PaylinkImport, selector: string): T[] {
  return [...shadow(element).querySelectorAll<T>(selector)];
}

/** The button whose text is exactly `name`. */
export function button(element: PaylinkImport, name: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(element, 'button').find((b) => b.textContent?.trim() === name);
  if (!found) {
    const names = $$(element, 'button').map((b) => b.textContent?.trim());
    throw new Error(`no button "${name}" among ${names.join(', ')}`);
  }
  return found;
}

/** The text of the current state's heading. */
export function headingText(element: PaylinkImport): string {
  return $(element, '[part~="heading"]')?.textContent?.trim() ?? '';
}

/** Resolves when the heading reads `text`. */
export async function showsHeading(element: PaylinkImport, text: string, timeoutMs = 10_000): Promise<void> {
  await waitUntil(
    () => headingText(element) === text,
    `heading "${text}" (now "${headingText(element)}")`,
    timeoutMs,
  );
  await element.updateComplete;
}

/** The counts shown (`label → value`). */
export function counts(element: PaylinkImport): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of $$(element, '.count')) {
    out[item.querySelector('dt')?.textContent?.trim() ?? ''] =
      item.querySelector('dd')?.textContent?.trim() ?? '';
  }
  return out;
}

/** Rows of the problems table as `[row, column, reason]` (the row number repeats across a row's issues). */
export function problemRows(element: PaylinkImport): string[][] {
  let row = '';
  return $$(element, 'tbody tr').map((tr) => {
    const th = tr.querySelector('th');
    if (th) row = th.textContent?.trim() ?? '';
    return [row, ...[...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')];
  });
}

/**
 * Catches what the import downloads (it clicks a temporary `<a download>` with a blob URL, which is
 * stopped here): resolves with the file name and its content.
 */
export function nextDownload(
  element: PaylinkImport,
): Promise<{ name: string; text: string; bytes: Uint8Array<ArrayBuffer> }> {
  return new Promise((resolve) => {
    const root = shadow(element);
    const onClick = async (event: Event) => {
      const anchor = event.target;
      if (!(anchor instanceof HTMLAnchorElement) || !anchor.download) return;
      event.preventDefault();
      root.removeEventListener('click', onClick, true);
      const bytes = new Uint8Array(await (await fetch(anchor.href)).arrayBuffer());
      resolve({ name: anchor.download, text: new TextDecoder().decode(bytes), bytes });
    };
    root.addEventListener('click', onClick, true);
  });
}

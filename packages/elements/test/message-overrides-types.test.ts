// `setMessages` takes, per component, only keys its English messages have (nested as there), each a
// string, plus the plural forms of its plural keys. The checks are compile-time (`pnpm run
// typecheck` fails when a `@ts-expect-error` below is not an error); the test only makes sure this
// file is part of the run. The region is the sample docs/i18n.md shows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MessageOverrides } from '../src/index.ts';
import { setMessages } from '../src/index.ts';

/** Never called: the calls are there for the compiler. */
export function checks(): void {
  setMessages('list', 'en', { newLink: 'Create a link', column: { customer: 'Client' } });
  setMessages('list', 'pl', { total_one: '{{count}} link', total_few: '{{count}} linki', total_many: '…' });
  setMessages('pay-page', 'he', { pay: 'לתשלום {{amount}}' });
  setMessages('detail', 'nl', { tab: { details: 'Gegevens' } });
  setMessages('create-form', 'fr', { amount: 'Montant' });
  setMessages('import', 'de', { template: 'Vorlage herunterladen' });

  // #region misspelt-key
  // @ts-expect-error `newLnk` is not a key of the list's messages
  setMessages('list', 'en', { newLnk: 'Create a link' });
  // #endregion

  // @ts-expect-error a misspelt nested key
  setMessages('list', 'en', { column: { custmer: 'Client' } });
  // @ts-expect-error the pay page has no `newLink`: each component takes its own keys
  setMessages('pay-page', 'en', { newLink: 'Create a link' });
  // @ts-expect-error a plural form of a key that is not plural
  setMessages('list', 'pl', { newLink_few: 'Nowe' });
  // @ts-expect-error a value is a string, not a number
  setMessages('list', 'en', { newLink: 1 });
  // @ts-expect-error a group is an object of strings, not a string
  setMessages('list', 'en', { column: 'Columns' });
  // @ts-expect-error no such component
  setMessages('lists', 'en', {});
}

type ListOverrides = MessageOverrides<{ total_one: string; total_other: string; nested: { a: string } }>;
const overrides: ListOverrides = { total_zero: '', total_many: '', nested: {} };

test('setMessages keys are typed per component (checked by the compiler)', () => {
  assert.equal(typeof checks, 'function');
  assert.deepEqual(Object.keys(overrides), ['total_zero', 'total_many', 'nested']);
});

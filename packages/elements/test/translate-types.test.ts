// `t()` accepts only keys of the English messages, with exactly the values their text asks for. The
// checks are compile-time (`pnpm run typecheck` fails when a `@ts-expect-error` below is not an
// error); the test only makes sure this file is part of the run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Translate } from '../src/i18n/i18n.ts';
import type { ListTranslate } from '../src/list/messages.ts';
import type { PayPageTranslate } from '../src/pay-page/messages.ts';

const en = {
  plain: 'Plain',
  greeting: 'Hello {{name}}',
  items_one: '{{count, number}} item',
  items_other: '{{count, number}} items',
  nested: { total: 'Total {{amount}}' },
} as const;

export function checks(t: Translate<typeof en>, list: ListTranslate, pay: PayPageTranslate): string[] {
  return [
    t('plain'),
    t('greeting', { name: 'Ada' }),
    t('items', { count: 2 }),
    t('nested.total', { amount: '€ 1' }),
    list('status.paid'),
    list('total', { count: 3 }),
    pay('pay', { amount: '€ 12,50' }),
    // @ts-expect-error a key English does not have
    t('missing'),
    // @ts-expect-error a plural form is not a key of its own
    t('items_one', { count: 1 }),
    // @ts-expect-error the text has a placeholder, so its value is required
    t('greeting'),
    // @ts-expect-error a value the text does not ask for
    t('greeting', { name: 'Ada', extra: 1 }),
    // @ts-expect-error a text without placeholders takes no values
    t('plain', { name: 'Ada' }),
    // @ts-expect-error the count is a number
    t('items', { count: 'two' }),
    // @ts-expect-error `dir` was a dead key and is gone
    list('dir'),
    // @ts-expect-error `paymentTo` was a dead key and is gone
    pay('paymentTo', { merchant: 'Acme' }),
  ];
}

test('translation keys and values are typed (checked by the compiler)', () => {
  assert.equal(typeof checks, 'function');
});

// Every component's translations against its English messages: a missing or extra key, an empty
// text or a lost placeholder in any language fails. The components are found by their
// `src/<component>/messages.ts` modules, so a new component's languages are checked without a
// change here.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { localeProblems } from '../test-support/locale-check.ts';

interface Bundle {
  namespace: string;
  en: object;
  loaders: Record<string, () => Promise<{ default: object }>>;
}

const src = new URL('../src/', import.meta.url);
const components = readdirSync(src, { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && readdirSync(new URL(`${entry.name}/`, src)).includes('messages.ts'),
  )
  .map((entry) => entry.name);

function isBundle(value: unknown): value is Bundle {
  return typeof value === 'object' && value !== null && 'namespace' in value && 'loaders' in value;
}

test('components with messages are found', () => {
  assert.ok(components.includes('list') && components.includes('pay-page'), components.join(', '));
});

for (const component of components) {
  test(`${component}: every language has exactly the English keys, non-empty, with their placeholders`, async () => {
    const module: Record<string, unknown> = await import(new URL(`${component}/messages.ts`, src).href);
    const bundles = Object.values(module).filter(isBundle);
    assert.ok(bundles.length > 0, `${component}/messages.ts exports no LocaleBundle`);
    for (const bundle of bundles) {
      assert.ok(Object.keys(bundle.loaders).length > 0, `${bundle.namespace} has no other language`);
      for (const [language, load] of Object.entries(bundle.loaders)) {
        const messages = (await load()).default;
        assert.deepEqual(
          localeProblems(bundle.en, messages, language),
          [],
          `${bundle.namespace} ${language}`,
        );
      }
    }
  });
}

test('the check itself catches a missing, an extra and a wrong plural key', () => {
  const en = {
    title: 'Title {{name}}',
    count_one: 'One',
    count_other: '{{count}} items',
    nested: { a: 'A' },
  };
  assert.deepEqual(localeProblems(en, { ...en, nested: { a: 'A' } }, 'en'), []);
  assert.deepEqual(
    localeProblems(en, { title: 'Titel {{name}}', count_one: 'Eén', count_other: '{{count}}' }, 'nl'),
    ['nl misses nested.a'],
  );
  assert.deepEqual(localeProblems(en, { ...en, count_many: '{{count}}', extra: 'x' }, 'nl'), [
    'nl has count_many, which English does not',
    'nl has extra, which English does not',
  ]);
  assert.deepEqual(localeProblems(en, { ...en, count_many: '{{count}}' }, 'fr'), []);
  assert.deepEqual(localeProblems(en, { ...en, count_other: 'items', title: 'Titel {{who}}' }, 'de'), [
    'de.title lost {{name}}',
    'de.title invents {{who}}',
    'de.count_other lost {{count}}',
  ]);
});

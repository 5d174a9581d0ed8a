/**
 * Compares one language's messages with the English ones and lists what is wrong: a missing key, a
 * key English does not have, an empty text, a placeholder lost or invented. Plural keys may carry
 * exactly the plural forms of their language (`Intl.PluralRules`: Arabic has six, French three), and
 * singular-like forms (`_zero`, `_one`, `_two`) may spell the count out instead of using `{{count}}`.
 * Used by the node test over every component's messages and by each component's browser test.
 */
export function localeProblems(english: object, messages: object, language: string): string[] {
  const en = flatten(english);
  const own = flatten(messages);
  const forms = new Set<string>(new Intl.PluralRules(language).resolvedOptions().pluralCategories);
  const plurals = new Set<string>();
  const wanted = new Map<string, string>(); // key → the English text it translates
  for (const [key, text] of en) {
    const plural = key.match(PLURAL);
    if (!plural) wanted.set(key, text);
    else plurals.add(key.slice(0, plural.index));
  }
  for (const base of plurals) {
    const reference = en.get(`${base}_other`) ?? en.get(`${base}_one`) ?? '';
    for (const form of forms) wanted.set(`${base}_${form}`, en.get(`${base}_${form}`) ?? reference);
  }
  const problems: string[] = [];
  for (const [key, reference] of wanted) {
    const text = own.get(key);
    if (text === undefined) {
      problems.push(`${language} misses ${key}`);
      continue;
    }
    if (text.trim() === '') problems.push(`${language}.${key} is empty`);
    const mine = placeholders(text);
    const spelledOut = /_(zero|one|two)$/.test(key);
    for (const placeholder of placeholders(reference)) {
      if (mine.has(placeholder) || (spelledOut && placeholder.startsWith('{{count'))) continue;
      problems.push(`${language}.${key} lost ${placeholder}`);
    }
    for (const placeholder of mine) {
      if (!placeholders(reference).has(placeholder))
        problems.push(`${language}.${key} invents ${placeholder}`);
    }
  }
  for (const key of own.keys()) {
    if (!wanted.has(key)) problems.push(`${language} has ${key}, which English does not`);
  }
  return problems;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** `a.b.c` → text, for every string in nested messages (anything else is kept, to be reported). */
function flatten(messages: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
    } else {
      out.set(`${prefix}${key}`, typeof value === 'string' ? value : '');
    }
  }
  return out;
}

function placeholders(text: string): Set<string> {
  return new Set(text.match(/\{\{[^}]+\}\}/g) ?? []);
}

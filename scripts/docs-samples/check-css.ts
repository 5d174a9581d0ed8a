// A css sample must parse in Chromium with nothing dropped (every rule and every declaration it
// writes is kept), and every `--paylink-*` token and `::part()` it names must exist in the elements'
// custom-elements.json (a part on the very element the selector names).
import type { Environment } from './environment.ts';
import type { Block } from './markdown.ts';

/** A style rule as written: its selector and the properties it declares. */
interface SourceRule {
  selector: string;
  properties: string[];
}

function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/** Splits `text` on `separator` outside parentheses and strings. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote && text[i - 1] !== '\\') quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The style rules of a stylesheet in document order, looking into `@media`-like blocks. */
export function sourceRules(css: string): SourceRule[] {
  const text = stripComments(css);
  const rules: SourceRule[] = [];
  const walk = (from: number, to: number): void => {
    let i = from;
    while (i < to) {
      const open = text.indexOf('{', i);
      if (open < 0 || open >= to) return;
      let depth = 1;
      let close = open + 1;
      for (; close < to && depth > 0; close++) {
        if (text[close] === '{') depth++;
        else if (text[close] === '}') depth--;
      }
      const prelude = text.slice(i, open).trim();
      if (prelude.startsWith('@')) {
        walk(open + 1, close - 1);
      } else {
        const body = text.slice(open + 1, close - 1);
        const properties = splitTopLevel(body, ';')
          .map((declaration) => declaration.split(':')[0]!.trim())
          .filter((name) => name !== '');
        rules.push({ selector: prelude.replace(/\s+/g, ' '), properties });
      }
      i = close;
    }
  };
  walk(0, text.length);
  return rules;
}

/** Tokens and parts the sample names that custom-elements.json does not have. */
export function unknownNames(env: Environment, css: string): string[] {
  const elements = env.elements();
  const tokens = new Set([...elements.values()].flatMap((element) => [...element.cssProperties]));
  const problems: string[] = [];
  const text = stripComments(css);
  for (const [token] of text.matchAll(/--paylink-[\w-]+/g)) {
    if (!tokens.has(token)) problems.push(`${token} is not a token of any element`);
  }
  for (const match of text.matchAll(/(paylink-[a-z-]+)?::part\(([^)]*)\)/g)) {
    const tag = match[1];
    const element = tag ? elements.get(tag) : undefined;
    if (tag && !element) {
      problems.push(`<${tag}> is not an element`);
      continue;
    }
    for (const part of match[2]!.trim().split(/\s+/)) {
      const known = element
        ? element.cssParts.has(part)
        : [...elements.values()].some((candidate) => candidate.cssParts.has(part));
      if (!known) problems.push(`::part(${part}) is not a part of ${tag ? `<${tag}>` : 'any element'}`);
    }
  }
  return [...new Set(problems)];
}

/**
 * Runs in the page, as plain JavaScript (a function passed from here would carry the TypeScript
 * loader's helpers, which the page does not have): parses `css` and compares it with `rules`.
 */
const DROPPED_IN_PAGE = `({ css, rules }) => {
  const sheet = new CSSStyleSheet();
  try {
    sheet.replaceSync(css);
  } catch (error) {
    return ['does not parse: ' + String(error)];
  }
  const parsed = [];
  const walk = (list) => {
    for (const rule of Array.from(list)) {
      if (rule instanceof CSSStyleRule) parsed.push(rule);
      else if ('cssRules' in rule) walk(rule.cssRules);
    }
  };
  walk(sheet.cssRules);
  if (parsed.length !== rules.length) {
    const kept = new Set(parsed.map((rule) => rule.selectorText.replace(/\\s+/g, ' ')));
    const lost = rules.filter((rule) => !kept.has(rule.selector)).map((rule) => rule.selector);
    return [(rules.length - parsed.length) + ' rule(s) dropped (invalid selector?): ' + lost.join(' | ')];
  }
  const problems = [];
  rules.forEach((rule, i) => {
    const style = parsed[i].style;
    for (const property of rule.properties) {
      if (style.getPropertyValue(property) === '') {
        problems.push('"' + rule.selector + '": the declaration of ' + property + ' was dropped (invalid value?)');
      }
    }
  });
  return problems;
}`;

/** Parses the sample in Chromium; returns what it dropped. */
async function droppedInBrowser(env: Environment, css: string): Promise<string[]> {
  const rules = sourceRules(css);
  const page = await (await env.browser()).newPage();
  try {
    return (await page.evaluate(`(${DROPPED_IN_PAGE})(${JSON.stringify({ css, rules })})`)) as string[];
  } finally {
    await page.close();
  }
}

/** Checks a css sample; throws with every problem. */
export async function checkCss(env: Environment, block: Block): Promise<void> {
  const problems = [...unknownNames(env, block.code), ...(await droppedInBrowser(env, block.code))];
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

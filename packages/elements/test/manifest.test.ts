// `custom-elements.json` (written by `cem analyze` in the package build) against the source: every
// tag registered by a `define.ts`, every event its element's code emits (with the detail type its
// `src/events/` module declares), every `part` its templates render and every `--paylink-*` token
// its styles read must be documented, and the manifest must not promise parts or events the source
// does not have. What counts as "its" code is every module the element's class imports, directly or
// not. Run `pnpm run build` first.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const manifestPath = join(root, 'custom-elements.json');

interface Named {
  name: string;
  type?: { text: string };
  default?: string;
}
interface Declaration {
  name: string;
  kind: string;
  tagName?: string;
  customElement?: boolean;
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

const read = (file: string) => readFileSync(file, 'utf8');
/** A module's code without its block comments (JSDoc mentions parts and tokens it does not use). */
const code = (file: string) => read(file).replace(/\/\*[\s\S]*?\*\//g, '');

/** Relative imports of a module (static, side-effect and type-only), as absolute paths. */
function importsOf(file: string): string[] {
  const specifiers = [...read(file).matchAll(/(?:from|import)\s+'(\.{1,2}\/[^']+\.ts)'/g)].map(
    (m) => m[1] ?? '',
  );
  return specifiers.map((specifier) => resolve(dirname(file), specifier));
}

/**
 * Every module `entry` reaches. The base class's shared host styles count only for elements that
 * use them (`...PaylinkElement.styles`); the provider replaces them with its own.
 */
function closure(entry: string): string[] {
  const hostStyles = join(src, 'core/host-styles.ts');
  const usesHostStyles = read(entry).includes('...PaylinkElement.styles');
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    if (file === hostStyles && !usesHostStyles) continue;
    seen.add(file);
    queue.push(...importsOf(file));
  }
  return [...seen];
}

/** The names in `part="a b"` and `part=${x ? 'a b' : 'a'}`; `badge-${status}` is reported as the prefix `badge-*`. */
function partsIn(text: string): Set<string> {
  const parts = new Set<string>();
  const add = (list: string) => {
    for (const name of list.split(/\s+/).filter(Boolean)) {
      parts.add(name.includes('${') ? `${name.slice(0, name.indexOf('${'))}*` : name);
    }
  };
  for (const m of text.matchAll(/\bpart="([^"]*)"/g)) add(m[1] ?? '');
  for (const m of text.matchAll(/\bpart=\$\{([^}]*)\}/g)) {
    for (const literal of (m[1] ?? '').matchAll(/'([^']*)'/g)) add(literal[1] ?? '');
  }
  return parts;
}

/** `var(--paylink-x, fallback)` reads: token → fallbacks (a `--_pl-*` token in a fallback named by its public one). */
function tokensIn(text: string, privateToPublic: Map<string, string>): Map<string, string[]> {
  const tokens = new Map<string, string[]>();
  let at = text.indexOf('var(--paylink-');
  while (at !== -1) {
    let depth = 0;
    let end = at;
    for (; end < text.length; end++) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')' && --depth === 0) break;
    }
    const inside = text.slice(at + 4, end);
    const comma = inside.indexOf(',');
    const name = (comma === -1 ? inside : inside.slice(0, comma)).trim();
    const fallback = comma === -1 ? '' : inside.slice(comma + 1).trim();
    const readable = fallback.replace(/var\((--_pl-[\w-]+)\)/g, (all, token: string) => {
      const open = privateToPublic.get(token);
      return open ? `var(${open})` : all;
    });
    // `--_pl-x: var(--paylink-x, …)` in the shared host styles counts only where `--_pl-x` is used.
    const declared = text.slice(text.lastIndexOf('\n', at) + 1, at).match(/(--_pl-[\w-]+):\s*$/)?.[1];
    if (!declared || text.includes(`var(${declared})`) || text.includes(`var(${declared},`)) {
      tokens.set(name, [...(tokens.get(name) ?? []), normalize(readable)]);
    }
    at = text.indexOf('var(--paylink-', at + 4);
  }
  return tokens;
}

const normalize = (css: string) =>
  css
    .replace(/\s+/g, ' ')
    .replace(/\s*,\s*/g, ', ')
    .trim();

/** `emit('paylink-x'` calls (the element's own, or through the `emit` it hands its controllers). */
function emitsIn(text: string): Set<string> {
  return new Set([...text.matchAll(/\bemit\(\s*'(paylink-[a-z-]+)'/g)].map((m) => m[1] ?? ''));
}

/** `'paylink-x': CustomEvent<Detail>` from the `src/events/` modules. */
function declaredEvents(): Map<string, string> {
  const events = new Map<string, string>();
  const dir = join(src, 'events');
  for (const file of readdirSync(dir)) {
    const text = read(join(dir, file));
    for (const m of text.matchAll(/'(paylink-[a-z-]+)':\s*(\w+)Event;/g)) {
      const alias = text.match(new RegExp(`type ${m[2]}Event = (CustomEvent<\\w+>)`));
      if (m[1] && alias?.[1]) events.set(m[1], alias[1]);
    }
  }
  return events;
}

/** `defineElement('tag', Class)` in each `src/<component>/define.ts`, with the module of the class. */
function definitions(): { tag: string; className: string; module: string }[] {
  const found: { tag: string; className: string; module: string }[] = [];
  for (const entry of readdirSync(src, { withFileTypes: true })) {
    const define = join(src, entry.name, 'define.ts');
    if (!entry.isDirectory() || !existsSync(define)) continue;
    const text = read(define);
    for (const m of text.matchAll(/defineElement\('([a-z0-9-]+)',\s*(\w+)\)/g)) {
      const className = m[2] ?? '';
      const from = text.match(new RegExp(`import \\{[^}]*\\b${className}\\b[^}]*\\} from '(\\./[^']+)'`));
      assert.ok(from?.[1], `${relative(root, define)} imports ${className} from a module of its folder`);
      found.push({ tag: m[1] ?? '', className, module: resolve(dirname(define), from[1]) });
    }
  }
  return found;
}

describe('custom-elements.json documents what the source does', () => {
  assert.ok(existsSync(manifestPath), 'custom-elements.json is missing: run `pnpm run build` first');
  const manifest: Manifest = JSON.parse(read(manifestPath));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const events = declaredEvents();
  const privateToPublic = new Map(
    [...read(join(src, 'core/host-styles.ts')).matchAll(/(--_pl-[\w-]+):\s*var\((--paylink-[\w-]+)/g)].map(
      (m) => [m[1] ?? '', m[2] ?? ''],
    ),
  );
  const defined = definitions();

  test('finds the elements and their events', () => {
    assert.deepEqual(defined.map((d) => d.tag).sort(), [
      'paylink-create-form',
      'paylink-detail',
      'paylink-import',
      'paylink-list',
      'paylink-pay-page',
      'paylink-provider',
    ]);
    assert.ok(events.size >= 8, [...events.keys()].join(', '));
  });

  test("the script-tag loader knows every element (and dist/components/ has each one's chunk)", async () => {
    const { LOADABLE_TAGS } = await import('../src/loader/tags.ts');
    assert.deepEqual([...LOADABLE_TAGS].sort(), defined.map((d) => d.tag).sort());
    for (const tag of LOADABLE_TAGS) {
      assert.ok(existsSync(join(root, 'dist/components', `${tag}.js`)), `dist/components/${tag}.js`);
    }
  });

  for (const { tag, className, module } of defined) {
    describe(`<${tag}>`, () => {
      const element = declarations.find((d) => d.name === className && d.customElement);
      const files = closure(module).filter((f) => !/\.(test|harness)\.ts$/.test(f));
      const text = files.map(code).join('\n');

      test('is a custom element with its tag', () => {
        assert.ok(element, `${className} is not a custom element in the manifest (a @tag line missing?)`);
        assert.equal(element.tagName, tag);
      });

      test('documents every event it emits, with the detail type of its events/ module', () => {
        const emitted = [...emitsIn(text)].sort();
        const documented = new Map((element?.events ?? []).map((e) => [e.name, e.type?.text]));
        for (const name of emitted) {
          assert.ok(events.has(name), `${name} has no module in src/events/`);
          assert.ok(documented.has(name), `@fires ${name} missing`);
          assert.equal(documented.get(name), events.get(name), `@fires {${events.get(name)}} ${name}`);
        }
        assert.deepEqual([...documented.keys()].sort(), emitted, 'events documented but never emitted');
      });

      test('documents every part its templates render, one @csspart each', () => {
        const used = partsIn(text);
        const documented = new Set((element?.cssParts ?? []).map((p) => p.name));
        const matches = (part: string, name: string) =>
          part.endsWith('*')
            ? name.startsWith(part.slice(0, -1)) && name.length > part.length - 1
            : name === part;
        const missing = [...used].filter((part) => ![...documented].some((name) => matches(part, name)));
        assert.deepEqual(missing, [], 'parts used but not documented');
        const stale = [...documented].filter((name) => ![...used].some((part) => matches(part, name)));
        assert.deepEqual(stale, [], 'parts documented but never rendered');
      });

      test('documents every --paylink-* token its styles read, with the default the styles use', () => {
        const used = tokensIn(text, privateToPublic);
        const documented = new Map((element?.cssProperties ?? []).map((p) => [p.name, p.default]));
        for (const [token, fallbacks] of used) {
          assert.ok(documented.has(token), `@cssprop ${token} missing`);
          const written = normalize(documented.get(token) ?? '');
          assert.ok(
            fallbacks.includes(written),
            `@cssprop [${token}=…] says "${written}", the styles ${fallbacks.join(' / ')}`,
          );
        }
        const stale = [...documented.keys()].filter((token) => !used.has(token));
        assert.deepEqual(stale, [], 'tokens documented but never read');
      });
    });
  }
});

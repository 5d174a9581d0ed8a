// Every entry point a published package offers, read from its package.json `exports` the way Node
// resolves them with its default conditions (`node`, `import`, `default`): each exact subpath, and for
// a wildcard subpath (`./*` → `./dist/*.js`) every file that exists for it. Subpaths a more specific
// key takes over, or that a `null` target closes (`./chunks/*`), are left out, as Node leaves them out.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One importable subpath of a package. */
export interface PackageEntry {
  /** The specifier a consumer writes: `@paylink/elements/list/define`. */
  specifier: string;
  /** `module` is imported, `json` imported as JSON, `asset` (CSS) only resolved and found. */
  kind: 'module' | 'json' | 'asset';
  /** The file it resolves to under Node's default conditions, relative to the package. */
  file: string;
  /** Found through a wildcard subpath (not written out in `exports`). */
  wildcard: boolean;
  /** Its declaration file (the `types` condition), relative to the package, when it names one. */
  types?: string;
}

type Target = string | null | { [condition: string]: Target } | Target[];

/** Conditions Node matches by default for `import` (in the order the exports object lists them). */
const NODE_CONDITIONS = new Set(['node', 'import', 'default', 'module-sync']);

/** The target Node picks for `value` with its default conditions, `null` when closed or unmatched. */
export function defaultTarget(value: Target | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = defaultTarget(item);
      if (found) return found;
    }
    return null;
  }
  for (const [condition, inner] of Object.entries(value)) {
    if (NODE_CONDITIONS.has(condition)) return defaultTarget(inner);
  }
  return null;
}

/** The `types` target of an exports value, if it has one at its top level. */
function typesTarget(value: Target | undefined): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const types = value.types;
  return typeof types === 'string' ? types : undefined;
}

function splitPattern(key: string): { prefix: string; suffix: string } | undefined {
  const star = key.indexOf('*');
  return star === -1 ? undefined : { prefix: key.slice(0, star), suffix: key.slice(star + 1) };
}

/** The exports key Node uses for `subpath` (exact first, then the pattern with the longest prefix). */
function keyFor(subpath: string, keys: readonly string[]): string | undefined {
  if (keys.includes(subpath)) return subpath;
  let best: string | undefined;
  for (const key of keys) {
    const pattern = splitPattern(key);
    if (!pattern) continue;
    const { prefix, suffix } = pattern;
    if (!subpath.startsWith(prefix) || !subpath.endsWith(suffix) || subpath.length < key.length) continue;
    const bestPrefix = best ? (splitPattern(best)?.prefix.length ?? 0) : -1;
    if (prefix.length > bestPrefix || (prefix.length === bestPrefix && key.length > (best?.length ?? 0))) {
      best = key;
    }
  }
  return best;
}

function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function kindOf(file: string): PackageEntry['kind'] {
  if (file.endsWith('.json')) return 'json';
  return /\.(m?js)$/.test(file) ? 'module' : 'asset';
}

/** Reads `packageDir/package.json` and lists every entry point, sorted by specifier. */
export function packageEntries(packageDir: string): PackageEntry[] {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    name: string;
    exports?: Target;
  };
  const raw = manifest.exports;
  const exportsMap: Record<string, Target> =
    raw && typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).every((k) => k.startsWith('.'))
      ? (raw as Record<string, Target>)
      : { '.': raw ?? null };
  const keys = Object.keys(exportsMap);
  const specifier = (subpath: string) =>
    subpath === '.' ? manifest.name : `${manifest.name}${subpath.slice(1)}`;
  const entries: PackageEntry[] = [];

  for (const key of keys) {
    const target = defaultTarget(exportsMap[key]);
    if (!target) continue;
    const types = typesTarget(exportsMap[key]);
    const pattern = splitPattern(key);
    if (!pattern) {
      entries.push({
        specifier: specifier(key),
        kind: kindOf(target),
        file: target.slice(2),
        wildcard: false,
        ...(types ? { types: types.slice(2) } : {}),
      });
      continue;
    }
    const targetPattern = splitPattern(target);
    if (!targetPattern) continue;
    for (const path of filesUnder(join(packageDir, targetPattern.prefix))) {
      const file = relative(packageDir, path).split(sep).join('/');
      const fromRoot = `./${file}`;
      if (!fromRoot.startsWith(targetPattern.prefix) || !fromRoot.endsWith(targetPattern.suffix)) continue;
      const star = fromRoot.slice(targetPattern.prefix.length, fromRoot.length - targetPattern.suffix.length);
      const subpath = `${pattern.prefix}${star}${pattern.suffix}`;
      // Another key (an exact subpath, a closer pattern or a `null` that closes it) decides this one.
      if (keyFor(subpath, keys) !== key) continue;
      entries.push({
        specifier: specifier(subpath),
        kind: kindOf(file),
        file,
        wildcard: true,
        ...(types ? { types: types.slice(2).replace('*', star) } : {}),
      });
    }
  }
  return entries.sort((a, b) => a.specifier.localeCompare(b.specifier));
}

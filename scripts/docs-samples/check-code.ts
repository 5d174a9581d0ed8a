// ts / js / tsx samples: type-checked with tsc against the workspace packages' published types
// (their `dist/*.d.ts`, as an npm user gets them), then run where they can: in Node for client and
// mock-backend code, in Chromium (bundled by vite, as an app would be) for code that uses the DOM
// or the elements. Page files (`// /portal.js`) are checked as the script-tag page sees them: every
// tag registered and the `PaylinkElements` global there.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { Environment } from './environment.ts';
import { type Block, where } from './markdown.ts';
import { BUNDLE_TYPES, bundleImportsAsPackages, rewriteUrls, SESSION_TOKEN } from './placeholders.ts';

/** Where a code sample runs. */
export type CodeKind = 'node' | 'browser' | 'types-only';

const DOM_GLOBALS =
  /\b(document|window|customElements|location|localStorage|sessionStorage|navigator|HTMLElement)\b/;

/**
 * Browser code imports the elements (not only their types) or touches the DOM; tsx is checked only
 * (running it needs a framework's build); everything else runs in Node.
 */
export function codeKind(block: Block): CodeKind {
  if (block.lang === 'tsx') return 'types-only';
  if (block.file) return 'browser';
  const valueImportsElements = /^\s*import\s+(?!type\b)[^;]*['"]@paylink\/elements[^'"]*['"]/m.test(
    block.code,
  );
  return valueImportsElements || DOM_GLOBALS.test(block.code) ? 'browser' : 'node';
}

function slug(block: Block): string {
  return `${block.doc.replace(/[^\w]+/g, '_')}_${block.line}`;
}

function extension(block: Block): string {
  return block.lang === 'tsx' ? '.tsx' : block.lang === 'js' ? '.js' : '.ts';
}

const BASE_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: ['node'],
  jsx: ts.JsxEmit.ReactJSX,
  skipLibCheck: true,
  noEmit: true,
};

/** Types every page file sees: the tags a script-tag bundle registers and the classic bundle's global. */
const PAGE_GLOBALS = `${['provider', 'list', 'detail', 'create-form', 'import', 'pay-page']
  .map((name) => `import '@paylink/elements/${name}/define';`)
  .join('\n')}
declare global {
  /** The classic bundle's global (\`paylink-elements.iife.js\`). */
  const PaylinkElements: typeof import('${BUNDLE_TYPES['paylink-elements.iife.js']}');
}
`;
/** What an app's bundler (vite, webpack) types for CSS imports. */
const MODULE_GLOBALS = "declare module '*.css';\n";

/** Type-checks every code sample at once (two programs: strict TypeScript, and JavaScript as written). */
export class TypeChecker {
  private readonly results = new Map<Block, string[]>();
  private done = false;

  constructor(
    private readonly env: Environment,
    private readonly blocks: Block[],
  ) {}

  /** tsc's messages for `block`, as `doc:line: message`. */
  diagnostics(block: Block): string[] {
    if (!this.done) this.check();
    return this.results.get(block) ?? [];
  }

  private check(): void {
    this.done = true;
    const dir = join(this.env.work, 'types');
    mkdirSync(dir, { recursive: true });
    const files = new Map<string, Block>();
    for (const block of this.blocks) {
      const file = join(dir, `${slug(block)}${extension(block)}`);
      // Every sample is a module of its own (no clashes between samples' top-level names).
      writeFileSync(file, `${bundleImportsAsPackages(block.code)}\nexport {};\n`);
      files.set(file, block);
      this.results.set(block, []);
    }
    writeFileSync(join(dir, 'page-globals.d.ts'), PAGE_GLOBALS);
    writeFileSync(join(dir, 'module-globals.d.ts'), MODULE_GLOBALS);
    const typed = [...files].filter(([, block]) => block.lang !== 'js').map(([file]) => file);
    const js = [...files].filter(([, block]) => block.lang === 'js').map(([file]) => file);
    const programs: [string[], ts.CompilerOptions][] = [
      [[...typed, join(dir, 'module-globals.d.ts')], { ...BASE_OPTIONS, strict: true }],
      // JavaScript as a merchant writes it: checked for wrong names and types, not for annotations.
      [
        [...js, join(dir, 'page-globals.d.ts')],
        { ...BASE_OPTIONS, allowJs: true, checkJs: true, strict: false },
      ],
    ];
    for (const [roots, options] of programs) {
      if (roots.length <= 1) continue;
      const program = ts.createProgram(roots, options);
      for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
        const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
        const block = diagnostic.file ? files.get(diagnostic.file.fileName) : undefined;
        if (diagnostic.file && !block) continue; // a library's own file: not the sample's fault
        const targets = block ? [block] : [...files.values()];
        for (const target of targets) {
          const line =
            diagnostic.file && diagnostic.start !== undefined
              ? target.line + 1 + diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line
              : target.line;
          this.results.get(target)!.push(`${target.doc}:${line}: TS${diagnostic.code}: ${message}`);
        }
      }
    }
  }
}

/** Environment variables a Node sample may read: the API it talks to and a merchant token. */
export function sampleEnv(env: Environment): Record<string, string> {
  return { PAYLINK_API_URL: `${env.mock.url}/api`, PAYLINK_TOKEN: SESSION_TOKEN };
}

/** Runs a Node sample to its end (30 s at most); throws with its output when it fails. */
export async function runInNode(env: Environment, block: Block): Promise<void> {
  const dir = join(env.work, 'node');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${slug(block)}${block.lang === 'js' ? '.mjs' : '.ts'}`);
  writeFileSync(file, rewriteUrls(block.code, { cdn: '/cdn/', api: env.mock.url }));
  const polyfills = join(env.root, 'packages/mock-backend/test/support/node20-polyfills.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', polyfills, file], {
    cwd: env.root,
    env: { ...process.env, ...sampleEnv(env), NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const code = await new Promise<number | string>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve('timeout');
    }, 30_000);
    child.on('exit', (exitCode, signal) => {
      clearTimeout(timer);
      resolve(exitCode ?? signal ?? 'killed');
    });
  });
  if (code !== 0) {
    const why =
      code === 'timeout' ? 'did not finish within 30 s (a server left open?)' : `exited with ${code}`;
    throw new Error(`${where(block)}: the sample ${why} in Node:\n${output.trim()}`);
  }
}

/** A bundled browser sample: its entry file and every file of the build (shared and lazy chunks). */
export interface Bundle {
  entry: string;
  files: Map<string, string>;
}

/**
 * Bundles each browser sample (not page files) with vite, one build per sample as an app's bundler
 * would make it: one build for all would share chunks between samples and change the order their
 * modules run in (the order the elements get defined in is part of what a sample shows).
 */
export class BrowserBundles {
  private readonly built = new Map<Block, Promise<Bundle>>();

  constructor(private readonly env: Environment) {}

  /** The bundle of `block`, served to the page it runs in under `/__sample/`. */
  bundle(block: Block): Promise<Bundle> {
    let bundle = this.built.get(block);
    if (!bundle) {
      bundle = this.build(block);
      this.built.set(block, bundle);
    }
    return bundle;
  }

  private async build(block: Block): Promise<Bundle> {
    const name = slug(block);
    const dir = join(this.env.work, 'browser', name);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${name}${extension(block)}`);
    writeFileSync(file, rewriteUrls(block.code, { cdn: '/cdn/', api: this.env.mock.url }));
    const { build } = await import('vite');
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      publicDir: false,
      build: {
        write: false,
        target: 'es2022',
        minify: false,
        modulePreload: false,
        rollupOptions: {
          input: { [name]: file },
          external: [/^https?:/, /^\/cdn\//],
          output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
        },
      },
    });
    const files = new Map<string, string>();
    let entry: string | undefined;
    for (const out of (Array.isArray(output) ? output : [output]).flatMap((o) =>
      'output' in o ? o.output : [],
    )) {
      files.set(out.fileName, out.type === 'chunk' ? out.code : String(out.source));
      if (out.type === 'chunk' && out.isEntry) entry = out.fileName;
    }
    if (!entry) throw new Error(`${where(block)}: vite made no entry file`);
    return { entry, files };
  }
}

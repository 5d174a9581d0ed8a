// What npm users get: `pnpm pack` of client, mock-backend and elements, installed into a scratch
// project outside the repository, with no network. There every export entry imports in plain Node,
// the `paylink-mock` bin runs, the files script tags and tools look for are there, each entry has
// its `.d.ts`, and a TypeScript file importing the packages type-checks. A file left out of a
// package's `files` fails here. Run `pnpm run build` first.
//
// No network: `pnpm install --offline` takes every package from the store the workspace install
// filled and fails (ERR_PNPM_NO_OFFLINE_*) rather than download one; the proxies point at a closed
// port besides, so a request that slipped through would fail too. Dependencies are pinned to the
// versions of the workspace lockfile (the store holds those, not necessarily the newest).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type PackageEntry, packageEntries } from './support/package-entries.ts';
import { importProblems, runImportCheck } from './support/run-import-check.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = {
  client: '@paylink/client',
  'mock-backend': '@paylink/mock-backend',
  elements: '@paylink/elements',
};
const NO_NETWORK = {
  HTTP_PROXY: 'http://127.0.0.1:9',
  HTTPS_PROXY: 'http://127.0.0.1:9',
  npm_config_proxy: 'http://127.0.0.1:9',
  npm_config_https_proxy: 'http://127.0.0.1:9',
};

/** `name → version` for every package the workspace lockfile resolves to exactly one version. */
function lockedVersions(): Record<string, string> {
  const versions = new Map<string, Set<string>>();
  let inPackages = false;
  for (const line of readFileSync(join(root, 'pnpm-lock.yaml'), 'utf8').split('\n')) {
    if (/^\S/.test(line)) inPackages = line === 'packages:';
    const match = inPackages ? /^ {2}'?(@?[^@'\s]+)@([^('":\s]+)/.exec(line) : null;
    if (match?.[1] && match[2]) versions.set(match[1], (versions.get(match[1]) ?? new Set()).add(match[2]));
  }
  const pinned: Record<string, string> = {};
  for (const [name, found] of versions) if (found.size === 1) pinned[name] = [...found][0] as string;
  // Where the workspace has several versions, the one its own package.json pins (TypeScript, Node types).
  const workspace = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  for (const [name, version] of Object.entries(workspace.devDependencies)) {
    if (/^\d+\.\d+\.\d+$/.test(version)) pinned[name] = version;
  }
  return pinned;
}

/** A TypeScript file importing every module entry (namespace imports need each `.d.ts`) and using a few. */
function typeCheckSource(entries: readonly PackageEntry[]): string {
  const modules = entries.filter((entry) => entry.kind === 'module');
  const imports = modules.map((entry, i) => `import * as entry${i} from '${entry.specifier}';`);
  return `${imports.join('\n')}
import { createPaylinkClient } from '@paylink/client';
import { createEngine } from '@paylink/mock-backend/engine';
import { type PaylinkList, setMessages } from '@paylink/elements';
import '@paylink/elements/list/define';

export const all = [${modules.map((_, i) => `entry${i}`).join(', ')}];
export const client = createPaylinkClient({ baseUrl: '/api' });
export const engine = createEngine();
export const list: PaylinkList = document.createElement('paylink-list');
setMessages('list', 'en', { newLink: 'Create a link', column: { customer: 'Client' } });
// @ts-expect-error the types are the packages' own, not \`any\`: a misspelt key is an error
setMessages('list', 'en', { newLnk: 'Create a link' });
`;
}

describe('the packed packages in a scratch project', { timeout: 120_000 }, () => {
  let scratch = '';
  let project = '';
  const installed = (name: string) => join(project, 'node_modules', name);

  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'paylink-pack-'));
    const tarballs = join(scratch, 'tarballs');
    project = join(scratch, 'project');
    mkdirSync(tarballs);
    mkdirSync(project);
    for (const folder of Object.keys(PACKAGES)) {
      await run('pnpm', ['pack', '--pack-destination', tarballs], { cwd: join(root, 'packages', folder) });
    }
    const tarball = (name: string) => {
      const file = readdirSync(tarballs).find((f) =>
        f.startsWith(`${name.replace('@', '').replace('/', '-')}-`),
      );
      assert.ok(file, `no tarball for ${name}`);
      return `file:${join(tarballs, file)}`;
    };
    const dependencies = Object.fromEntries(Object.values(PACKAGES).map((name) => [name, tarball(name)]));
    // What a React or Vue app has, for the type-only entries @paylink/elements/react and /vue.
    const locked = lockedVersions();
    const devDependencies = { '@types/react': locked['@types/react'], vue: locked.vue };
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify(
        { name: 'paylink-scratch', private: true, type: 'module', dependencies, devDependencies },
        null,
        2,
      ),
    );
    // JSON is YAML. The client the other two depend on (as 0.1.0) is the packed one, not the registry's.
    const overrides = { ...locked, '@paylink/client': dependencies['@paylink/client'] };
    writeFileSync(join(project, 'pnpm-workspace.yaml'), JSON.stringify({ overrides }));
    const { stdout: store } = await run('pnpm', ['store', 'path'], { cwd: root });
    const env: NodeJS.ProcessEnv = { ...process.env, ...NO_NETWORK };
    delete env.CI;
    await run('pnpm', ['install', '--offline', '--no-frozen-lockfile', '--store-dir', store.trim()], {
      cwd: project,
      env,
    });
  });

  after(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  test('is installed outside the repository', () => {
    assert.ok(!project.startsWith(root), project);
  });

  for (const [folder, name] of Object.entries(PACKAGES)) {
    test(`${name}: the same entries as the workspace build, each with its .d.ts`, () => {
      const inWorkspace = packageEntries(join(root, 'packages', folder));
      const got = packageEntries(installed(name));
      assert.deepEqual(
        got.map((entry) => entry.specifier),
        inWorkspace.map((entry) => entry.specifier),
        'entries missing from the package (its `files`?) or not in the workspace build',
      );
      for (const entry of got) {
        assert.ok(
          existsSync(join(installed(name), entry.file)),
          `${entry.specifier}: ${entry.file} is missing`,
        );
        if (entry.kind === 'module') {
          assert.ok(entry.types, `${entry.specifier} has no types condition`);
          assert.ok(
            existsSync(join(installed(name), entry.types)),
            `${entry.specifier}: ${entry.types} is missing`,
          );
        }
      }
    });

    test(`${name}: every entry imports in plain Node`, async () => {
      const entries = packageEntries(installed(name));
      const results = await runImportCheck(project, entries, [installed(name)]);
      assert.equal(results.length, entries.length);
      assert.deepEqual(importProblems(results), []);
    });
  }

  test('paylink-mock --help runs from node_modules/.bin', async () => {
    const { stdout } = await run(join(project, 'node_modules', '.bin', 'paylink-mock'), ['--help'], {
      cwd: project,
      timeout: 10_000,
    });
    assert.match(stdout, /^Usage: paylink-mock/m);
    assert.match(stdout, /--port N/);
  });

  test('@paylink/elements has its manifest, customElements field and script-tag bundles', () => {
    const elements = installed('@paylink/elements');
    const manifest = JSON.parse(readFileSync(join(elements, 'package.json'), 'utf8')) as {
      customElements?: string;
    };
    assert.equal(manifest.customElements, 'custom-elements.json');
    const shipped = readFileSync(join(elements, manifest.customElements), 'utf8');
    assert.equal(shipped, readFileSync(join(root, 'packages', 'elements', 'custom-elements.json'), 'utf8'));
    const tags = (JSON.parse(shipped) as { modules: { declarations?: { tagName?: string }[] }[] }).modules
      .flatMap((module) => module.declarations ?? [])
      .flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []));
    assert.ok(tags.includes('paylink-pay-page') && tags.includes('paylink-list'), tags.join(', '));
    for (const file of ['dist/paylink-elements.js', 'dist/paylink-elements.iife.js', 'dist/pay-page.js']) {
      assert.ok(existsSync(join(elements, file)), `${file} is missing`);
    }
  });

  test('a TypeScript file importing every entry type-checks against the packed .d.ts files', async () => {
    const entries = Object.values(PACKAGES).flatMap((name) => packageEntries(installed(name)));
    writeFileSync(join(project, 'check.ts'), typeCheckSource(entries));
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          noEmit: true,
          // The packages' own declaration files are checked too, not only their use.
          skipLibCheck: false,
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          types: [],
        },
        files: ['check.ts'],
      }),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project }).then(
      () => '',
      (error: { stdout?: string; message: string }) => error.stdout || error.message,
    );
    assert.equal(result, '');
  });
});

// Starts import-check.mjs in a child `node` (plain: no tsx, no `--conditions=paylink-source`, no
// polyfills), so what one import does to the process cannot leak into the test runner or hide a
// problem of another entry. The child must exit by itself: an entry that leaves a timer or a server
// running at import is a side effect, and fails here as a timeout.
import { execFile } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import type { PackageEntry } from './package-entries.ts';

const CHECK = readFileSync(new URL('./import-check.mjs', import.meta.url), 'utf8');

/** What importing one entry did. */
export interface ImportResult {
  specifier: string;
  ok: boolean;
  error?: string;
  resolved?: string;
  /** Reads or writes of `window` / `document` by the packages' own files. */
  touched: string[];
  /** `paylink-*` tags found registered after the import. */
  registered: string[];
}

/**
 * Imports `entries` in one fresh Node process started in `cwd` (whose resolution finds the
 * packages: their own folder, or a project depending on them). `packageDirs` are the packages'
 * folders, to tell their code from their dependencies'.
 */
export function runImportCheck(
  cwd: string,
  entries: readonly Pick<PackageEntry, 'specifier' | 'kind'>[],
  packageDirs: readonly string[],
  timeoutMs = 10_000,
): Promise<ImportResult[]> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PAYLINK_ENTRIES: JSON.stringify(entries.map(({ specifier, kind }) => ({ specifier, kind }))),
    PAYLINK_PACKAGE_DIRS: JSON.stringify(packageDirs.map((dir) => realpathSync(dir))),
  };
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--input-type=module', '--no-warnings', '--eval', CHECK],
      { cwd, env, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const why = error.killed
            ? `did not exit within ${timeoutMs} ms (a timer or server left running?)`
            : error.message;
          reject(new Error(`import check in ${cwd}: ${why}\n${stderr}`));
          return;
        }
        const line = stdout.trim().split('\n').at(-1) ?? '[]';
        resolve(JSON.parse(line) as ImportResult[]);
      },
    );
  });
}

/** A readable list of what went wrong in `results`, empty when every import was clean. */
export function importProblems(results: readonly ImportResult[]): string[] {
  return results.flatMap((r) => [
    ...(r.ok ? [] : [`${r.specifier}: throws ${r.error}`]),
    ...r.touched.map((t) => `${r.specifier}: ${t}`),
    ...(r.registered.length > 0 ? [`${r.specifier}: registers ${r.registered.join(', ')}`] : []),
  ]);
}

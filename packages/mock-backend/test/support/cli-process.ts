import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A `paylink-mock` process started from source. */
export interface CliProcess {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts the CLI from source with `args` (and `nodeArgs` for node, e.g. `--import` of a test hook);
 * read its URL with {@link waitForUrl}.
 */
export function runCli(args: string[], nodeArgs: string[] = []): CliProcess {
  const child = spawn(
    process.execPath,
    ['--conditions=paylink-source', '--import', 'tsx', ...nodeArgs, 'src/cli.ts', ...args],
    { cwd: packageDir, stdio: 'pipe' },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** The URL the CLI printed, once it listens; kills it and throws if it does not within the time. */
export async function waitForUrl(running: CliProcess, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(running.stdout());
    if (match) return match[1]!;
    if (running.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  running.child.kill('SIGKILL');
  throw new Error(`the CLI did not print its URL.\nstdout: ${running.stdout()}\nstderr: ${running.stderr()}`);
}

/** Waits for the process to exit, killing it after `ms`. */
export async function exitWithin(running: CliProcess, ms = 10_000) {
  const timeout = setTimeout(() => running.child.kill('SIGKILL'), ms);
  try {
    return await running.exited;
  } finally {
    clearTimeout(timeout);
  }
}

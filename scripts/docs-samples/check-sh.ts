// sh samples: every command must be one this repository really has: a root or package script, a bin
// of a workspace package with only flags its `--help` lists, a file `node` can run, `pnpm add` of a
// package name the workspace publishes or depends on, `curl` against the mock API. The quick and
// safe ones are run: `--help`, `--check` scripts, `paylink-mock` starting (stopped once it listens,
// its data in a scratch file), and `curl` against the test's own mock server.
// A block's commands run in its doc's base folder (the root, or a package README's own folder, see
// Block.base): `pnpm run` there means that package's scripts, `node FILE` and `cd DIR` start there,
// and a `cd` moves the following commands of the block.
import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { type MockServer, startMockServer } from '@paylink/mock-backend/node';
import type { Environment } from './environment.ts';
import { type Block, where } from './markdown.ts';
import { rewriteUrls } from './placeholders.ts';

const run = promisify(execFile);

interface PackageJson {
  name: string;
  private?: boolean;
  scripts?: Record<string, string>;
  bin?: string | Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

interface Workspace {
  root: PackageJson;
  packages: { dir: string; json: PackageJson }[];
  /** bin name → its file, relative to the repository root. */
  bins: Map<string, string>;
}

function readWorkspace(root: string): Workspace {
  const read = (dir: string) =>
    JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as PackageJson;
  // The folders pnpm-workspace.yaml lists (`- packages/*`, `- demo`), globs one level deep.
  const globs = [
    ...readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8').matchAll(/^\s+-\s+([\w./*-]+)\s*$/gm),
  ].map((m) => m[1] ?? '');
  const dirs = globs
    .flatMap((glob) =>
      glob.endsWith('/*')
        ? readdirSync(join(root, glob.slice(0, -2))).map((name) => `${glob.slice(0, -2)}/${name}`)
        : [glob],
    )
    .filter((dir) => existsSync(join(root, dir, 'package.json')));
  const packages = dirs.map((dir) => ({ dir, json: read(dir) }));
  const bins = new Map<string, string>();
  for (const { dir, json } of packages) {
    const bin =
      typeof json.bin === 'string' ? { [json.name.split('/').at(-1)!]: json.bin } : (json.bin ?? {});
    for (const [name, file] of Object.entries(bin)) bins.set(name, join(dir, file));
  }
  return { root: read('.'), packages, bins };
}

/** Shell words of one command: quotes removed, no expansion. */
export function shellWords(command: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote = '';
  let started = false;
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"' && i + 1 < command.length) current += command[++i];
      else current += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      started = true;
    } else if (c === '\\' && i + 1 < command.length) {
      current += command[++i];
      started = true;
    } else if (/\s/.test(c)) {
      if (started) words.push(current);
      current = '';
      started = false;
    } else {
      current += c;
      started = true;
    }
  }
  if (quote) throw new Error(`unclosed ${quote} in: ${command}`);
  if (started) words.push(current);
  return words;
}

/** The commands of a block: continuations joined, comments dropped, split at `&&`, `||`, `;` and `|`. */
export function commands(code: string): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  const lines = code.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const first = i;
    let text = lines[i]!;
    while (text.trimEnd().endsWith('\\') && i + 1 < lines.length)
      text = `${text.trimEnd().slice(0, -1)} ${lines[++i]}`;
    // A comment starts at a # after whitespace, outside quotes.
    let quote = '';
    let end = text.length;
    for (let k = 0; k < text.length; k++) {
      const c = text[k]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === "'" || c === '"') quote = c;
      else if (c === '#' && (k === 0 || /\s/.test(text[k - 1]!))) {
        end = k;
        break;
      }
    }
    const parts: string[] = [];
    let start = 0;
    quote = '';
    const body = text.slice(0, end);
    for (let k = 0; k < body.length; k++) {
      const c = body[k]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === "'" || c === '"') quote = c;
      else if (c === ';' || c === '|' || (c === '&' && body[k + 1] === '&')) {
        parts.push(body.slice(start, k));
        start = k + (body[k + 1] === c ? 2 : 1);
        k = start - 1;
      }
    }
    parts.push(body.slice(start));
    for (const part of parts) if (part.trim() !== '') found.push({ line: first, text: part.trim() });
  }
  return found;
}

/** A command to run as part of the check, after it was found to exist. */
type Action =
  | { kind: 'none' }
  | { kind: 'cd'; dir: string }
  | { kind: 'exec'; file: string; args: string[]; cwd?: string }
  | { kind: 'server'; file: string; args: string[] }
  | { kind: 'curl'; args: string[] };

class ShChecker {
  private readonly workspace: Workspace;
  private readonly helps = new Map<string, Promise<string>>();
  private curlMock: Promise<MockServer> | undefined;

  constructor(private readonly env: Environment) {
    this.workspace = readWorkspace(env.root);
  }

  private help(file: string): Promise<string> {
    let text = this.helps.get(file);
    if (!text) {
      text = run(process.execPath, [join(this.env.root, file), '--help'], { cwd: this.env.root }).then(
        ({ stdout }) => stdout,
      );
      this.helps.set(file, text);
    }
    return text;
  }

  /** Checks a bin's flags against its `--help`; the command runs (help) or starts (a server). */
  private async bin(file: string, args: string[]): Promise<Action> {
    const help = await this.help(file);
    for (const arg of args) {
      if (!arg.startsWith('-')) continue;
      const flag = arg.split('=')[0]!;
      if (!new RegExp(`(^|[\\s,])${flag.replace(/[-]/g, '\\-')}(?![\\w-])`, 'm').test(help)) {
        throw new Error(`${flag} is not an option of ${file} (see its --help)`);
      }
    }
    if (args.includes('--help') || args.includes('-h')) return { kind: 'exec', file, args };
    return { kind: 'server', file, args };
  }

  private script(pkg: PackageJson, name: string, where: string): void {
    if (!pkg.scripts?.[name]) throw new Error(`${where} has no script "${name}"`);
  }

  private packageNamed(name: string): { dir: string; json: PackageJson } {
    const found = this.workspace.packages.find(
      (pkg) => pkg.json.name === name || pkg.dir === name.replace(/^\.\//, ''),
    );
    if (!found) throw new Error(`no workspace package ${name}`);
    return found;
  }

  private adds(names: string[]): void {
    const known = new Set<string>();
    for (const { json } of [...this.workspace.packages, { json: this.workspace.root }]) {
      if (!json.private) known.add(json.name);
      for (const deps of [json.dependencies, json.devDependencies, json.peerDependencies]) {
        for (const dep of Object.keys(deps ?? {})) known.add(dep);
      }
    }
    for (const spec of names) {
      const name = spec.replace(/^(@?[^@]+)@.*$/, '$1');
      if (!known.has(name))
        throw new Error(`${name} is neither published by this workspace nor one of its dependencies`);
    }
  }

  /** The package.json `pnpm run` reads in folder `dir` (relative to the root): the nearest one up. */
  private nearestPackage(dir: string): { dir: string; json: PackageJson } {
    for (let at = dir; ; at = at.split('/').slice(0, -1).join('/')) {
      if (at === '') return { dir: '', json: this.workspace.root };
      const found = this.workspace.packages.find((pkg) => pkg.dir === at);
      if (found) return found;
      if (existsSync(join(this.env.root, at, 'package.json'))) {
        return { dir: at, json: JSON.parse(readFileSync(join(this.env.root, at, 'package.json'), 'utf8')) };
      }
    }
  }

  private async pnpm(args: string[], cwd: string): Promise<Action> {
    const rest = [...args];
    const filters: string[] = [];
    let recursive = false;
    let workspaceRoot = false;
    while (rest[0]?.startsWith('-')) {
      const flag = rest.shift()!;
      if (flag === '--filter' || flag === '-F') filters.push(rest.shift() ?? '');
      else if (flag.startsWith('--filter=')) filters.push(flag.slice('--filter='.length));
      else if (flag === '-r' || flag === '--recursive') recursive = true;
      else if (flag === '-w' || flag === '--workspace-root') workspaceRoot = true;
      else if (flag === '--silent' || flag === '-s') continue;
      else throw new Error(`pnpm ${flag} is not an option the docs test knows`);
    }
    const command = rest.shift();
    if (command === undefined) throw new Error('pnpm without a command');
    const packageArgs = rest.filter((arg) => !arg.startsWith('-'));
    if (command === 'install' || command === 'i' || command === 'add') {
      if (packageArgs.length > 0) this.adds(packageArgs);
      else if (command === 'add') throw new Error('pnpm add without a package');
      return { kind: 'none' };
    }
    if (command === 'exec' || command === 'dlx') return this.command(rest, cwd);
    const script = command === 'run' ? rest.shift() : command;
    if (script === undefined) throw new Error('pnpm run without a script');
    const targets = filters.length > 0 ? filters.map((filter) => this.packageNamed(filter)) : undefined;
    // Without a filter, `pnpm run` runs the script of the package whose folder it is in.
    const here = workspaceRoot ? { dir: '', json: this.workspace.root } : this.nearestPackage(cwd);
    if (recursive) {
      if (!this.workspace.packages.some((pkg) => pkg.json.scripts?.[script])) {
        throw new Error(`no workspace package has a script "${script}"`);
      }
    } else if (targets) {
      for (const target of targets) this.script(target.json, script, target.json.name);
    } else if (here.dir !== '') {
      this.script(here.json, script, `${here.dir}/package.json (the folder the command runs in)`);
    } else if (script !== 'test' || !this.workspace.root.scripts?.test) {
      this.script(this.workspace.root, script, 'the root package.json');
    }
    // A check is quick and writes nothing: run it.
    if (rest.includes('--check')) {
      return {
        kind: 'exec',
        file: 'pnpm',
        args: [
          ...filters.flatMap((f) => ['--filter', f]),
          ...(workspaceRoot ? ['-w'] : []),
          'run',
          script,
          ...rest,
        ],
        cwd: here.dir,
      };
    }
    return { kind: 'none' };
  }

  /** `path` as written in folder `cwd`, relative to the root (`..` kept when it leaves the root). */
  private fromRoot(cwd: string, path: string): string {
    return normalize(join(cwd, path)).split('\\').join('/').replace(/\/$/, '');
  }

  /**
   * Finds what `words` is and what to run for it, as run in folder `cwd` (relative to the root);
   * throws when the repository has no such command.
   */
  async command(words: string[], cwd = ''): Promise<Action> {
    const rest = [...words];
    while (rest[0] && /^[A-Z_][A-Z0-9_]*=/.test(rest[0])) rest.shift();
    const [head, ...args] = rest;
    if (head === undefined) return { kind: 'none' };
    if (head === 'pnpm') return this.pnpm(args, cwd);
    if (head === 'npx') {
      const tail = args.filter((arg, i) => !(i === 0 && (arg === '-y' || arg === '--yes')));
      if (/^pnpm(@[\w.-]+)?$/.test(tail[0] ?? '')) return this.pnpm(tail.slice(1), cwd);
      return this.command(tail, cwd);
    }
    if ((head === 'npm' || head === 'yarn') && ['install', 'i', 'add'].includes(args[0] ?? '')) {
      this.adds(args.slice(1).filter((arg) => !arg.startsWith('-')));
      return { kind: 'none' };
    }
    if (head === 'cd') {
      const dir = this.fromRoot(cwd, args[0] ?? '');
      if (dir === '..' || dir.startsWith('../') || !existsSync(join(this.env.root, dir))) {
        throw new Error(`cd: no folder ${args[0]}${cwd ? ` in ${cwd}` : ''}`);
      }
      return { kind: 'cd', dir: dir === '.' ? '' : dir };
    }
    if (head === 'curl') return { kind: 'curl', args };
    const bin = this.workspace.bins.get(head);
    if (bin) return this.bin(bin, args);
    if (head === 'node') {
      let i = 0;
      while (args[i]?.startsWith('-'))
        i +=
          args[i]!.includes('=') || !['--import', '--conditions', '-C', '--require', '-r'].includes(args[i]!)
            ? 1
            : 2;
      const written = args[i];
      const file = written === undefined ? undefined : this.fromRoot(cwd, written);
      if (!file || !existsSync(join(this.env.root, file)))
        throw new Error(`node: no file ${written ?? '(none)'}${cwd && written ? ` (${file})` : ''}`);
      const binFile = [...this.workspace.bins.values()].find(
        (target) => target === file || target.replace('/dist/', '/src/').replace(/\.js$/, '.ts') === file,
      );
      if (binFile) return this.bin(binFile, args.slice(i + 1));
      return { kind: 'none' };
    }
    throw new Error(`${head} is not a command of this repository (script, bin, node file, pnpm add, curl)`);
  }

  async check(block: Block): Promise<void> {
    const problems: string[] = [];
    try {
      await this.checkCommands(block, problems);
    } finally {
      const mock = this.curlMock;
      this.curlMock = undefined;
      if (mock) await (await mock).close();
    }
    if (problems.length > 0) throw new Error(problems.join('\n'));
  }

  private async checkCommands(block: Block, problems: string[]): Promise<void> {
    let cwd = block.base;
    for (const { line, text } of commands(block.code)) {
      const at = `${block.doc}:${block.line + 1 + line}`;
      try {
        const action = await this.command(shellWords(text), cwd);
        if (action.kind === 'cd') cwd = action.dir;
        else await this.perform(action);
      } catch (error) {
        problems.push(`${at}: \`${text}\`: ${(error as Error).message}`);
      }
    }
  }

  private async perform(action: Action): Promise<void> {
    const { root } = this.env;
    if (action.kind === 'exec') {
      const [file, args] =
        action.file === 'pnpm'
          ? ['pnpm', action.args]
          : [process.execPath, [join(root, action.file), ...action.args]];
      try {
        await run(file, args, { cwd: join(root, action.cwd ?? ''), timeout: 60_000 });
      } catch (error) {
        const failed = error as { stdout?: string; stderr?: string; message: string };
        throw new Error(`failed: ${(failed.stderr || failed.stdout || failed.message).trim()}`);
      }
    } else if (action.kind === 'server') {
      await this.startAndStop(action.file, action.args);
    } else if (action.kind === 'curl') {
      // A mock of its own per block: a sample may reset the data or move the clock.
      this.curlMock ??= startMockServer({ port: 0, seed: 40 });
      const mock = await this.curlMock;
      const args = action.args.map((arg) => rewriteUrls(arg, { cdn: '/cdn/', api: mock.url }));
      try {
        await run('curl', [...args, '--silent', '--show-error', '--fail', '--output', '/dev/null'], {
          timeout: 15_000,
        });
      } catch (error) {
        throw new Error(
          `curl against the mock failed: ${((error as { stderr?: string }).stderr ?? '').trim()}`,
        );
      }
    }
  }

  /** Starts a server command with a free port and scratch data file, and stops it once it listens. */
  private async startAndStop(file: string, args: string[]): Promise<void> {
    const scratch = join(this.env.work, `data-${Date.now()}.json`);
    // Never the docs' port (someone may be running the mock on it): a free one, and a scratch file.
    const given = args.map((arg, i) => {
      if (args[i - 1] === '--port') return '0';
      if (args[i - 1] === '--data') return scratch;
      return arg.replace(/^--port=\d+$/, '--port=0').replace(/^--data=.*$/, `--data=${scratch}`);
    });
    if (!args.some((arg) => arg === '--port' || arg.startsWith('--port='))) given.push('--port', '0');
    const child = spawn(process.execPath, [join(this.env.root, file), ...given], {
      cwd: this.env.work,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const listening = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 15_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (/listening on http/.test(output)) {
          clearTimeout(timer);
          resolve(true);
        }
      });
      child.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.on('exit', () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    const up = await listening;
    const exited = new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) resolve(child.exitCode);
      else child.on('exit', (code) => resolve(code));
    });
    if (up) child.kill('SIGTERM');
    const code = await exited;
    if (!up) throw new Error(`did not start listening: ${output.trim()}`);
    if (code !== 0) throw new Error(`exited with ${code} when stopped: ${output.trim()}`);
  }
}

const checkers = new WeakMap<Environment, ShChecker>();

/** Checks (and runs what is safe of) an sh sample; throws with every problem, by line. */
export async function checkSh(env: Environment, block: Block): Promise<void> {
  let checker = checkers.get(env);
  if (!checker) {
    checker = new ShChecker(env);
    checkers.set(env, checker);
  }
  if (commands(block.code).length === 0) throw new Error(`${where(block)}: an sh block with no command`);
  await checker.check(block);
}

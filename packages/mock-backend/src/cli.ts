#!/usr/bin/env node
import { PersistenceError } from './persist.ts';
import { startMockServer } from './server.ts';

const USAGE = `Usage: paylink-mock [options]

Serves the Paylink mock backend (the /api of docs/contract.md, a mock PSP under /psp and
development controls under /__mock).

Options:
  --port N           port to listen on (default 4010; 0 picks a free one)
  --host HOST        interface to bind (default 127.0.0.1)
  --seed [N]         create N demo links at start (default 200 when N is left out)
  --data FILE        keep the data in FILE: every answered change is on disk
                     before the answer (a journal beside FILE, folded into it
                     from time to time and on exit), so it survives a crash
  --pay-url TEMPLATE pay-page URL of new links, {token} is replaced
                     (default http://localhost:5173/pay.html?token={token})
  --no-controls      turn the development controls under /__mock off (404)
  --public-url URL   where browsers reach this server (default its own URL); the
                     origin of the absolute URLs it writes, such as the PSP redirect
  --allowed-host H   also answer requests for host name H (repeatable); by default a
                     server on 127.0.0.1 answers only localhost names, against DNS
                     rebinding
  --help             show this help
`;

const DEFAULT_SEED = 200;

interface CliOptions {
  port: number;
  host: string;
  seed?: number;
  dataFile?: string;
  payUrl?: string;
  controls: boolean;
  publicUrl?: string;
  allowedHosts: string[];
  help: boolean;
}

class UsageError extends Error {}

function wholeNumber(flag: string, value: string | undefined, max: number): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) > max) {
    throw new UsageError(`${flag} needs a whole number between 0 and ${max}`);
  }
  return Number(value);
}

/** Parses argv by hand because `--seed` takes an optional value, which node's parseArgs cannot express. */
function parseCli(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    port: 4010,
    host: '127.0.0.1',
    controls: true,
    allowedHosts: [],
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      i++;
      return next;
    };
    switch (flag) {
      case '--help':
      case '-h':
        options.help = true;
        break;
      case '--port':
        options.port = wholeNumber(flag, value(), 65_535);
        break;
      case '--host':
        options.host = value();
        break;
      case '--data':
        options.dataFile = value();
        break;
      case '--pay-url':
        options.payUrl = value();
        break;
      case '--public-url': {
        const url = value();
        if (!/^https?:\/\/[^\s/]+/i.test(url)) throw new UsageError('--public-url needs an http(s) URL');
        options.publicUrl = url;
        break;
      }
      case '--allowed-host':
        options.allowedHosts.push(value());
        break;
      case '--no-controls':
        if (inline !== undefined) throw new UsageError('--no-controls takes no value');
        options.controls = false;
        break;
      case '--seed': {
        const next = inline ?? argv[i + 1];
        if (next !== undefined && /^\d+$/.test(next)) {
          options.seed = wholeNumber(flag, next, 100_000);
          if (inline === undefined) i++;
        } else if (inline !== undefined) {
          throw new UsageError('--seed needs a whole number');
        } else {
          options.seed = DEFAULT_SEED;
        }
        break;
      }
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }
  return options;
}

function examples(url: string, controls: boolean): string {
  const auth = "-H 'Authorization: Bearer dev'";
  return `Try:
  curl ${auth} '${url}/api/links?limit=5'
  curl ${auth} -H 'Content-Type: application/json' \\
       -d '{"amount":1250,"title":"Invoice 42","customer":{"name":"Ada Lovelace","email":"ada@example.com"}}' \\
       ${url}/api/links
${
  controls
    ? `  curl ${auth} -H 'Content-Type: application/json' -d '{"advanceMs":86400000}' ${url}/__mock/clock\n`
    : ''
}Merchant routes${controls ? ' and the /__mock controls' : ''} accept any Bearer token. Stop with Ctrl+C.`;
}

/** Resolves to an exit code, or `undefined` while the server keeps running. */
async function main(): Promise<number | undefined> {
  let options: CliOptions;
  try {
    options = parseCli(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`paylink-mock: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }

  const server = await startMockServer({
    // A journal that cannot be written any more stops the server: it would answer 503 from then on.
    onError: (error) => {
      if (!(error instanceof PersistenceError)) {
        console.error('[paylink-mock]', error);
        return;
      }
      process.stderr.write(`paylink-mock: ${error.message}\n`);
      process.exit(1);
    },
    port: options.port,
    host: options.host,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.dataFile !== undefined ? { dataFile: options.dataFile } : {}),
    ...(options.payUrl !== undefined ? { payUrl: options.payUrl } : {}),
    ...(options.controls ? {} : { controls: false }),
    ...(options.publicUrl !== undefined ? { publicUrl: options.publicUrl } : {}),
    ...(options.allowedHosts.length > 0 ? { allowedHosts: options.allowedHosts } : {}),
  });
  const stop = (signal: NodeJS.Signals) => {
    process.stdout.write(`\n${signal}: shutting down\n`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('paylink-mock: error while closing:', error);
        process.exit(1);
      },
    );
  };
  // Before the line that says it listens: whoever started it may stop it the moment that line
  // appears, and a signal without a handler would kill it without folding the journal into --data.
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.stdout.write(
    `Paylink mock backend listening on ${server.url}\n${examples(server.url, options.controls)}\n`,
  );
  return undefined;
}

main().then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof PersistenceError || (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    process.stderr.write(
      `paylink-mock: ${known ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`,
    );
    process.exitCode = 1;
  },
);

// Preloaded into the CLI (`--import`) by cli.test.ts: the process sends itself SIGTERM from inside
// the write of its "listening on" line, the earliest moment anyone reading that line could. kill()
// to oneself delivers the signal before it returns, so a CLI without its handlers in place by then
// dies on the spot (killed by SIGTERM) instead of shutting down.
const write = process.stdout.write.bind(process.stdout) as (...args: unknown[]) => boolean;
let sent = false;
process.stdout.write = ((...args: unknown[]) => {
  const written = write(...args);
  if (!sent && String(args[0]).includes('listening on http')) {
    sent = true;
    process.kill(process.pid, 'SIGTERM');
  }
  return written;
}) as typeof process.stdout.write;

export {};

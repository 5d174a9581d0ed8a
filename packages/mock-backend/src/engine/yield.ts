/**
 * Lets other work run (requests, timers, I/O) before continuing: long jobs (an import, a large
 * answer, a snapshot) call it between slices of a few milliseconds. `setImmediate` where it exists
 * (Node) runs right after pending I/O; a zero timeout elsewhere (browsers).
 */
export function yieldToOthers(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
  return new Promise((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)));
}

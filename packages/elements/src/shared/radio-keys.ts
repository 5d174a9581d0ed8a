const STEPS: Readonly<Record<string, number>> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/**
 * The option a radio group's arrow keys, Home and End move to from `current` (of `count`, wrapping
 * around; left and right mirrored in right-to-left text), or `undefined` for any other key.
 */
export function radioKeyTarget(
  event: KeyboardEvent,
  current: number,
  count: number,
  rtl: boolean,
): number | undefined {
  if (count === 0) return undefined;
  let step = STEPS[event.key];
  if (step !== undefined && rtl && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) step = -step;
  if (step !== undefined) return (current + step + count) % count;
  if (event.key === 'Home') return 0;
  if (event.key === 'End') return count - 1;
  return undefined;
}

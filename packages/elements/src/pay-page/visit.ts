/**
 * What the pay page remembers about this visit. A visit is one page load, except that leaving for
 * the PSP and coming back is still the same payment attempt, so that one fact goes to
 * `sessionStorage` (per tab, gone when the tab closes). Storage can be unavailable (sandboxed
 * iframes, privacy modes): then the page still works and merely shows the link's status as is.
 */
const PREFIX = 'paylink-pay-page:';
const opened = new Set<string>();
const returned = new Map<string, boolean>();

function session(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

function write(key: string, value: string | undefined): void {
  try {
    if (value === undefined) session()?.removeItem(PREFIX + key);
    else session()?.setItem(PREFIX + key, value);
  } catch {
    // storage full or blocked: the visit just remembers less
  }
}

function read(key: string): string | null {
  try {
    return session()?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

/** Whether this page load already opened `token`; opening records the customer's visit once. */
export function wasOpened(token: string): boolean {
  return opened.has(token);
}

/** Records that `token` was opened during this page load. */
export function markOpened(token: string): void {
  opened.add(token);
}

/** Called just before leaving for the PSP, so the page knows an outcome awaits when it comes back. */
export function markPaymentStarted(token: string): void {
  write(`started:${token}`, '1');
}

/** Undoes {@link markPaymentStarted} when starting the payment failed. */
export function clearPaymentStarted(token: string): void {
  write(`started:${token}`, undefined);
  returned.delete(token);
}

/**
 * Whether this page load is the return from the PSP for `token`. The marker is consumed (a reload
 * later is a fresh visit), but the answer is kept for the rest of this page load, so a retried load
 * gives the same answer.
 */
export function isReturnFromPayment(token: string): boolean {
  let answer = returned.get(token);
  if (answer === undefined) {
    answer = read(`started:${token}`) === '1';
    write(`started:${token}`, undefined);
    returned.set(token, answer);
  }
  return answer;
}

/** The language the customer picked for `token`, kept across the round trip to the PSP. */
export function rememberedLanguage(token: string): string | undefined {
  return read(`lang:${token}`) ?? undefined;
}

/** Remembers the customer's language choice for `token`. */
export function rememberLanguage(token: string, language: string): void {
  write(`lang:${token}`, language);
}

/** Forgets this page load's memory, as a reload would (tests simulate the return from the PSP). */
export function forgetVisit(): void {
  opened.clear();
  returned.clear();
}

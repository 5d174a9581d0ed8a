import type { LinkStatus } from '@paylink/client/schemas';
import { EngineError } from './api.ts';

/** What can happen to a link's status. Payment outcomes come from the (mock) PSP; expiry from time. */
export const LIFECYCLE_ACTIONS = ['open', 'approve', 'decline', 'fail', 'expire'] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

/**
 * The whole lifecycle as data: status × action → next status, or `null` when the action is refused
 * (`invalid_transition`). A next status equal to the current one means "allowed, nothing changes"
 * (opening a link that is already clicked, paid or expired just shows it). There is deliberately no
 * way to reach `paid` except `approve`, and nothing leaves `paid` or `expired`.
 */
export const TRANSITIONS: Readonly<Record<LinkStatus, Readonly<Record<LifecycleAction, LinkStatus | null>>>> =
  {
    created: { open: 'clicked', approve: null, decline: null, fail: null, expire: 'expired' },
    clicked: { open: 'clicked', approve: 'paid', decline: 'declined', fail: 'declined', expire: 'expired' },
    declined: { open: 'clicked', approve: null, decline: null, fail: null, expire: 'expired' },
    paid: { open: 'paid', approve: null, decline: null, fail: null, expire: null },
    expired: { open: 'expired', approve: null, decline: null, fail: null, expire: null },
  };

/** Statuses a payment can be started from (`created`/`declined` are opened first). */
export const PAYABLE_STATUSES: ReadonlySet<LinkStatus> = new Set(['created', 'clicked', 'declined']);
/** Statuses a link can be sent to its customer in. */
export const INVITABLE_STATUSES: ReadonlySet<LinkStatus> = new Set(['created', 'clicked', 'declined']);
/** Statuses expiry applies to. */
export const EXPIRABLE_STATUSES: ReadonlySet<LinkStatus> = new Set(['created', 'clicked', 'declined']);

/** The next status for `action`, or an `invalid_transition` error naming both. */
export function nextStatus(status: LinkStatus, action: LifecycleAction): LinkStatus {
  const next = TRANSITIONS[status][action];
  if (next === null) {
    throw new EngineError('invalid_transition', `A ${status} link cannot be ${pastTense(action)}`);
  }
  return next;
}

function pastTense(action: LifecycleAction): string {
  switch (action) {
    case 'open':
      return 'opened';
    case 'approve':
      return 'paid';
    case 'decline':
      return 'declined';
    case 'fail':
      return 'failed';
    case 'expire':
      return 'expired';
  }
}

import type { LinkEvent, PaymentLink } from '@paylink/client';

/** What a batch of feed events means for the loaded rows. */
export interface RefreshPlan {
  /** Deleted links: drop their rows. */
  gone: Set<string>;
  /** Links changed since their row was loaded: fetch them again. */
  changed: Set<string>;
}

/**
 * Decides which loaded rows a batch of feed events touches. Links that are not loaded are none of
 * the list's business. A row loaded after the event already shows it (its `updatedAt` is not older
 * than the event): after a bulk import or seeding the feed replays thousands of such events, and
 * fetching each link again would swamp the page.
 */
export function planRefresh(
  events: readonly LinkEvent[],
  loaded: (id: string) => PaymentLink | undefined,
): RefreshPlan {
  const gone = new Set<string>();
  const changed = new Set<string>();
  for (const event of events) {
    const link = loaded(event.linkId);
    if (!link) continue;
    if (event.type === 'deleted') gone.add(event.linkId);
    else if (link.updatedAt < event.at) changed.add(event.linkId);
  }
  for (const id of gone) changed.delete(id);
  return { gone, changed };
}

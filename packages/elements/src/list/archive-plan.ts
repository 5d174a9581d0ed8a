import type { ArchiveResult, PaymentLink, UnarchiveResult } from '@paylink/client';
import type { ListTranslate } from './messages.ts';

/** What archiving a selection will do, worked out before asking. */
export interface ArchivePlan {
  ids: string[];
  /** Never opened and not from dunning: these are deleted for good. */
  deleteCount: number;
  archiveCount: number;
}

/** Splits a selection the way the server will: `created` and not `dunning` → deleted, else archived. */
export function planArchive(
  ids: readonly string[],
  lookup: (id: string) => PaymentLink | undefined,
): ArchivePlan {
  let deleteCount = 0;
  for (const id of ids) {
    const link = lookup(id);
    if (link && link.status === 'created' && link.origin !== 'dunning') deleteCount++;
  }
  return { ids: [...ids], deleteCount, archiveCount: ids.length - deleteCount };
}

type Outcome = ArchiveResult['results'][number]['outcome'] | UnarchiveResult['results'][number]['outcome'];

const OUTCOME_KEY = {
  archived: 'outcome.archived',
  deleted: 'outcome.deleted',
  unarchived: 'outcome.unarchived',
  not_found: 'outcome.notFound',
  error: 'outcome.error',
} as const satisfies Record<Outcome, string>;

/** How many per-link lines an announcement lists before "And N more". */
const MAX_LINES = 10;

/** The announcement after archiving or unarchiving: counts, then each link's outcome. */
export function describeOutcomes(
  t: ListTranslate,
  results: readonly { id: string; outcome: Outcome }[],
  titleOf: (id: string) => string,
  kind: 'archive' | 'unarchive',
): string {
  const count = (outcome: Outcome) => results.filter((r) => r.outcome === outcome).length;
  const failed = count('not_found') + count('error');
  const summary =
    kind === 'archive'
      ? t('archiveDone', { deleted: count('deleted'), archived: count('archived'), failed })
      : t('unarchiveDone', { unarchived: count('unarchived'), failed });
  const lines = results.slice(0, MAX_LINES).map((r) => t(OUTCOME_KEY[r.outcome], { title: titleOf(r.id) }));
  const rest = results.length - MAX_LINES;
  return [summary, ...lines, rest > 0 ? t('andMore', { count: rest }) : ''].filter(Boolean).join(' ');
}

import {
  type ArchiveResult,
  type BulkInvitationResult,
  type Channel,
  MAX_PAGE_SIZE,
  type PaylinkClient,
  type UnarchiveResult,
} from '@paylink/client';

// The bulk routes take at most 500 ids per call; a selection can be larger, so calls go in chunks.
function chunks<T>(items: readonly T[], size = MAX_PAGE_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Archives `ids` (creating links not from dunning are deleted), 500 at a time. */
export async function archiveAll(
  client: PaylinkClient,
  ids: readonly string[],
  signal: AbortSignal,
): Promise<ArchiveResult['results']> {
  const results: ArchiveResult['results'] = [];
  for (const part of chunks(ids)) results.push(...(await client.links.archive(part, { signal })).results);
  return results;
}

/** Unarchives `ids`, 500 at a time. */
export async function unarchiveAll(
  client: PaylinkClient,
  ids: readonly string[],
  signal: AbortSignal,
): Promise<UnarchiveResult['results']> {
  const results: UnarchiveResult['results'] = [];
  for (const part of chunks(ids)) results.push(...(await client.links.unarchive(part, { signal })).results);
  return results;
}

/** Sends `ids` through `channel`, 500 at a time; one bad link never stops the others. */
export async function inviteAll(
  client: PaylinkClient,
  ids: readonly string[],
  channel: Channel,
  signal: AbortSignal,
): Promise<BulkInvitationResult['results']> {
  const results: BulkInvitationResult['results'] = [];
  for (const part of chunks(ids)) {
    results.push(...(await client.links.inviteMany({ ids: part, channel }, { signal })).results);
  }
  return results;
}

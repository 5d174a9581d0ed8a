import { z } from 'zod/mini';
import { Id } from './common.ts';

/** Body of `POST /api/links/archive` and `POST /api/links/unarchive`. */
export const IdList = z.object({ ids: z.array(Id).check(z.minLength(1), z.maxLength(500)) });
export type IdList = z.infer<typeof IdList>;

/**
 * Answer of `POST /api/links/archive`: `deleted` for a `created` link not from dunning (gone for
 * good), `archived` otherwise.
 */
export const ArchiveResult = z.object({
  results: z.array(
    z.object({
      id: Id,
      outcome: z.enum(['archived', 'deleted', 'not_found', 'error']),
      code: z.optional(z.string()),
    }),
  ),
});
export type ArchiveResult = z.infer<typeof ArchiveResult>;

/** Answer of `POST /api/links/unarchive`. */
export const UnarchiveResult = z.object({
  results: z.array(
    z.object({ id: Id, outcome: z.enum(['unarchived', 'not_found', 'error']), code: z.optional(z.string()) }),
  ),
});
export type UnarchiveResult = z.infer<typeof UnarchiveResult>;

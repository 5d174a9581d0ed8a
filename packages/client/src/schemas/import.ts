import { z } from 'zod/mini';
import { Id, MinorUnits } from './common.ts';

/** One problem with one cell (or the whole row) of an imported CSV. */
export const ImportRowError = z.object({ column: z.string(), message: z.string() });
export type ImportRowError = z.infer<typeof ImportRowError>;

/**
 * Answer of `POST /api/links/import`. `row` is the record number as a spreadsheet shows it: the header is row 1, the first data row is row 2.
 * On a dry run valid rows are `valid` and nothing is created.
 */
export const ImportResult = z.object({
  created: MinorUnits,
  invalid: MinorUnits,
  rows: z.array(
    z.object({
      row: z.int(),
      outcome: z.enum(['created', 'valid', 'invalid']),
      linkId: z.optional(Id),
      errors: z.optional(z.array(ImportRowError)),
    }),
  ),
});
export type ImportResult = z.infer<typeof ImportResult>;

/**
 * Every tag the script-tag loader can define, each built to `components/<tag>.js` next to the
 * loader. `test/manifest.test.ts` checks this list against the `define.ts` modules.
 */
export const LOADABLE_TAGS = [
  'paylink-provider',
  'paylink-list',
  'paylink-detail',
  'paylink-create-form',
  'paylink-import',
  'paylink-pay-page',
] as const;

/** A tag the loader can define. */
export type LoadableTag = (typeof LOADABLE_TAGS)[number];

/** Whether `name` is a tag the loader can define. */
export function isLoadableTag(name: string): name is LoadableTag {
  return (LOADABLE_TAGS as readonly string[]).includes(name);
}

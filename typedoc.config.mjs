// @ts-check
import { OptionDefaults } from 'typedoc';

/** API reference for the published packages: `pnpm run api-docs` → docs/api/. */
/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  entryPoints: [
    'packages/client/src/index.ts',
    'packages/client/src/pay.ts',
    'packages/client/src/csv/index.ts',
    'packages/mock-backend/src/index.ts',
    'packages/mock-backend/src/node.ts',
    'packages/mock-backend/src/browser.ts',
    'packages/elements/src/index.ts',
  ],
  tsconfig: 'tsconfig.docs.json',
  out: 'docs/api',
  name: 'Paylink Elements',
  readme: 'none',
  // Source links need a git remote; the clone CI tests has none.
  disableSources: true,
  excludePrivate: true,
  excludeInternal: true,
  treatWarningsAsErrors: true,
  // LitElement's inherited members link to symbols TypeDoc cannot resolve.
  externalSymbolLinkMappings: { '@lit/reactive-element': { '*': 'https://lit.dev/docs/api/' } },
  validation: { invalidLink: false, notExported: false },
  // Tags read by the custom-elements manifest analyzer.
  blockTags: [...OptionDefaults.blockTags, '@fires', '@slot', '@csspart', '@cssprop', '@summary', '@tag'],
};

/**
 * The CSV import bundle, `dist/import.js`: only `<paylink-import>` (and `<paylink-provider>`, which
 * gives it its API and token) and what they need. Its worker is `chunks/import-worker-*.js`, found
 * next to it. `setMessages` changes its wording or adds a language.
 * @module
 */
import '../provider/define.ts';
import '../import/define.ts';

export { setMessages } from '../i18n/message-overrides.ts';
export * from '../import/define.ts';
export * from '../provider/define.ts';

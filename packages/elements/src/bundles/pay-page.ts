/**
 * The customer checkout bundle, `dist/pay-page.js`: only `<paylink-pay-page>` and what it needs,
 * and `setMessages` to change its wording or add a language.
 * @module
 */
import '../pay-page/define.ts';

export { setMessages } from '../i18n/message-overrides.ts';
export * from '../pay-page/pay-page.ts';

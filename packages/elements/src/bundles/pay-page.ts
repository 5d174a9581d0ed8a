/**
 * The customer checkout bundle, `dist/pay-page.js`: only `<paylink-pay-page>` and what it needs.
 * @module
 */
import '../pay-page/define.ts';

export * from '../pay-page/pay-page.ts';

/**
 * The script-tag bundle: registers every Paylink element. Built to `dist/paylink-elements.js` (ES
 * module) and `dist/paylink-elements.iife.js` (classic script, global `PaylinkElements`).
 * Each component adds its define module here.
 * @module
 */
export * from '../index.ts';

import '../provider/define.ts';
import '../list/define.ts';
import '../detail/define.ts';
import '../create-form/define.ts';
import '../import/define.ts';

export * from '../create-form/define.ts';
export * from '../detail/define.ts';
export * from '../import/define.ts';
export * from '../list/define.ts';
export * from '../provider/define.ts';

import '../pay-page/define.ts';

export * from '../pay-page/pay-page.ts';

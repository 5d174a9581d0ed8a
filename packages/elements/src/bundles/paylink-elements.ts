/**
 * The script-tag bundle: registers every Paylink element. Built to `dist/paylink-elements.js` (ES
 * module) and `dist/paylink-elements.iife.js` (classic script, global `PaylinkElements`).
 * Each component adds its define module here.
 * @module
 */
export * from '../index.ts';

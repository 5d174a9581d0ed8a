/**
 * Registers `<paylink-import>`.
 * @module
 */
import { defineElement } from '../core/define.ts';
import { PaylinkImport } from './import.ts';

defineElement('paylink-import', PaylinkImport);

declare global {
  interface HTMLElementTagNameMap {
    'paylink-import': PaylinkImport;
  }
}

export { PaylinkImport };

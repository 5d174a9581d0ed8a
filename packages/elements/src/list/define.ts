/**
 * Registers `<paylink-list>`.
 * @module
 */
import { defineElement } from '../core/define.ts';
import { PaylinkList } from './list.ts';

defineElement('paylink-list', PaylinkList);

declare global {
  interface HTMLElementTagNameMap {
    'paylink-list': PaylinkList;
  }
}

export { PaylinkList };

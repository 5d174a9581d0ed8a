/**
 * Registers `<paylink-detail>`.
 * @module
 */
import { defineElement } from '../core/define.ts';
import { PaylinkDetail } from './detail.ts';

defineElement('paylink-detail', PaylinkDetail);

declare global {
  interface HTMLElementTagNameMap {
    'paylink-detail': PaylinkDetail;
  }
}

export { PaylinkDetail };

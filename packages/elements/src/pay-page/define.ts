/**
 * Registers `<paylink-pay-page>`. Importing this module is the only side effect; a second
 * registration (two bundles on one page) is ignored.
 * @module
 */
import { defineElement } from '../core/define.ts';
import { PaylinkPayPage } from './pay-page.ts';

defineElement('paylink-pay-page', PaylinkPayPage);

declare global {
  interface HTMLElementTagNameMap {
    'paylink-pay-page': PaylinkPayPage;
  }
}

export { PaylinkPayPage };

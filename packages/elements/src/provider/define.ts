/**
 * Registers `<paylink-provider>`.
 * @module
 */
import { defineElement } from '../core/define.ts';
import { PaylinkProvider } from './provider.ts';

defineElement('paylink-provider', PaylinkProvider);

declare global {
  interface HTMLElementTagNameMap {
    'paylink-provider': PaylinkProvider;
  }
}

export { PaylinkProvider };

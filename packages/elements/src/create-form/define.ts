/**
 * Registers `<paylink-create-form>`. Importing this module is the only side effect; a second
 * registration (two bundles on one page) is ignored.
 * @module
 */
import { defineElement } from '../core/define.ts';
import { PaylinkCreateForm } from './create-form.ts';

defineElement('paylink-create-form', PaylinkCreateForm);

declare global {
  interface HTMLElementTagNameMap {
    'paylink-create-form': PaylinkCreateForm;
  }
}

export { PaylinkCreateForm };

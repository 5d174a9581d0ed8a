/**
 * `@paylink/elements`: Lit web components for payment links. Importing this module defines no
 * elements; import a component's `define` module (or a bundle) for that.
 * @module
 */
export type { PaylinkContextValue } from './core/context.ts';
export { defineElement } from './core/define.ts';
export type { Emit, PaylinkEventDetail, PaylinkEventMap, PaylinkEventName } from './core/events.ts';
export { type EmitOptions, PaylinkElement } from './core/paylink-element.ts';
export { PaylinkCreateForm } from './create-form/create-form.ts';
export type { CreateFormMessages } from './create-form/locales/en.ts';
export { PaylinkDetail } from './detail/detail.ts';
export type { DetailMessages } from './detail/locales/en.ts';
export type * from './events/index.ts';
export { currencyDigits, formatDate, formatMoney } from './i18n/format.ts';
export type {
  LocaleBundle,
  LocaleMessages,
  MessageKey,
  Messages,
  MessageValues,
  Translate,
} from './i18n/i18n.ts';
export { LocaleController, type LocaleControllerOptions } from './i18n/locale-controller.ts';
export {
  type ComponentMessages,
  type MessageComponent,
  type MessageOverrides,
  setMessages,
} from './i18n/message-overrides.ts';
export { directionOf, resolveLocale } from './i18n/resolve-locale.ts';
export { PaylinkImport } from './import/import.ts';
export type { ImportMessages } from './import/locales/en.ts';
export { PaylinkList } from './list/list.ts';
export type { ListMessages } from './list/locales/en.ts';
export { PaylinkProvider } from './provider/provider.ts';

/**
 * `@paylink/elements`: Lit web components for payment links. Importing this module defines no
 * elements; import a component's `define` module (or a bundle) for that.
 * @module
 */
export type { PaylinkContextValue } from './core/context.ts';
export { defineElement } from './core/define.ts';
export type { PaylinkEventDetail, PaylinkEventMap } from './core/events.ts';
export { type EmitOptions, PaylinkElement } from './core/paylink-element.ts';
export { currencyDigits, formatDate, formatMoney } from './i18n/format.ts';
export type { LocaleBundle, Messages } from './i18n/i18n.ts';
export { LocaleController } from './i18n/locale-controller.ts';
export { directionOf, resolveLocale } from './i18n/resolve-locale.ts';
export type { PaylinkImportedDetail, PaylinkImportedEvent } from './import/events.ts';
export { PaylinkImport } from './import/import.ts';
export type { ImportMessages } from './import/locales/en.ts';
export type {
  ArchivedDetail,
  ArchiveRequestDetail,
  ListSelectDetail,
  UnarchivedDetail,
} from './list/events.ts';
export { PaylinkList } from './list/list.ts';
export type { ListMessages } from './list/locales/en.ts';
export { PaylinkProvider } from './provider/provider.ts';
export type { CreateRequestDetail, PaylinkErrorDetail } from './shared/common-events.ts';

/**
 * `@paylink/elements`: Lit web components for payment links. Importing this module defines no
 * elements; import a component's `define` module (or a bundle) for that.
 * @module
 */
export type { PaylinkContextValue } from './core/context.ts';
export { defineElement } from './core/define.ts';
export type { PaylinkEventDetail, PaylinkEventMap } from './core/events.ts';
export { type EmitOptions, PaylinkElement } from './core/paylink-element.ts';
export { PaylinkCreateForm } from './create-form/create-form.ts';
export type { PaylinkCreatedDetail, PaylinkCreatedEvent } from './create-form/events.ts';
export type { CreateFormMessages } from './create-form/locales/en.ts';
export { PaylinkDetail } from './detail/detail.ts';
export type {
  PaylinkLanguageChangedDetail,
  PaylinkRefundedDetail,
  PaylinkRefundRequestDetail,
  PaylinkSentDetail,
} from './detail/events.ts';
export type { DetailMessages } from './detail/locales/en.ts';
export { currencyDigits, formatDate, formatMoney } from './i18n/format.ts';
export type { LocaleBundle, Messages } from './i18n/i18n.ts';
export { LocaleController } from './i18n/locale-controller.ts';
export { directionOf, resolveLocale } from './i18n/resolve-locale.ts';
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

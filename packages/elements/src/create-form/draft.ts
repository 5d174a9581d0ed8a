import type {
  Channel,
  CreateLink,
  Customer,
  LinkOrigin,
  PaymentMethod,
  ValidationIssue,
} from '@paylink/client';
import { CreateLink as CreateLinkSchema, describeIssues } from '@paylink/client/schemas';
import { currencyDigits } from '../i18n/format.ts';
import { type AmountProblem, readAmount, writeAmount } from './amount.ts';
import type { CreateFormKey } from './locales/en.ts';

/** The languages a payment link can be in (Twikey's seven). */
export const LINK_LANGUAGES = ['en', 'nl', 'fr', 'de', 'it', 'es', 'pt'] as const;

/** Currencies offered, EUR first (the default). */
export const CURRENCIES = [
  'EUR',
  'GBP',
  'CHF',
  'SEK',
  'DKK',
  'NOK',
  'PLN',
  'CZK',
  'HUF',
  'RON',
  'USD',
] as const;

/** Days until the default expiry date. */
export const DEFAULT_EXPIRY_DAYS = 14;
/** An expiry sooner than this many days gets a warning. */
export const SHORT_EXPIRY_DAYS = 3;

/** The form's fields as typed, before anything is checked. */
export interface Draft {
  amount: string;
  currency: string;
  title: string;
  message: string;
  reference: string;
  invoice: string;
  /** An existing customer that was chosen (or given with `customer-id`); else the typed one is new. */
  customer: Customer | undefined;
  customerName: string;
  email: string;
  mobile: string;
  language: string;
  /** Ids of the chosen methods; `undefined` until the methods are known (the server then takes every active one). */
  methods: string[] | undefined;
  /** `yyyy-mm-dd`, or empty for no expiry. */
  expiry: string;
  /** Send the link as soon as it exists, or `''` not to. */
  send: '' | Channel;
}

/** A field of the form, in the order it is shown (the first invalid one takes focus). */
export const FIELDS = [
  'amount',
  'currency',
  'title',
  'customerName',
  'email',
  'mobile',
  'message',
  'reference',
  'invoice',
  'language',
  'expiry',
  'methods',
  'send',
] as const;
export type FieldName = (typeof FIELDS)[number];

/** A message shown next to a field. */
export interface FieldError {
  key: CreateFormKey;
  values?: Record<string, string | number>;
}
export type FieldErrors = Partial<Record<FieldName, FieldError>>;

/** `yyyy-mm-dd` of the local day `days` after `from`. */
export function localDate(days = 0, from = new Date()): string {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The last moment of a local `yyyy-mm-dd` day, or `undefined` when it is not a date. */
export function endOfDay(date: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const end = new Date(y, m - 1, d, 23, 59, 59, 999);
  return end.getMonth() === m - 1 ? end : undefined;
}

/** Whole days from today to a `yyyy-mm-dd` date (0 = today), or `undefined` when it is not a date. */
export function daysUntil(date: string, now = new Date()): number | undefined {
  const end = endOfDay(date);
  if (!end) return undefined;
  const today = endOfDay(localDate(0, now))!;
  return Math.round((end.getTime() - today.getTime()) / 86_400_000);
}

/** A fresh draft: EUR, the given language, every active method, expiry in 14 days, not sent. */
export function emptyDraft(language: string, methods: readonly PaymentMethod[] | undefined): Draft {
  return {
    amount: '',
    currency: 'EUR',
    title: '',
    message: '',
    reference: '',
    invoice: '',
    customer: undefined,
    customerName: '',
    email: '',
    mobile: '',
    language,
    methods: methods?.filter((m) => m.active).map((m) => m.id),
    expiry: localDate(DEFAULT_EXPIRY_DAYS),
    send: '',
  };
}

/** The draft with an existing customer chosen: their details shown, their language if it is a link language. */
export function withCustomer(draft: Draft, customer: Customer, keepLanguage: boolean): Draft {
  const language =
    !keepLanguage && customer.language && (LINK_LANGUAGES as readonly string[]).includes(customer.language)
      ? customer.language
      : draft.language;
  return {
    ...draft,
    customer,
    customerName: customer.name,
    email: customer.email ?? '',
    mobile: customer.mobile ?? '',
    language,
  };
}

/** What reading a draft gives: the request to send, or the messages per field. */
export type Reading = { ok: true; body: CreateLink } | { ok: false; errors: FieldErrors };

/** What reading a draft needs besides it. */
export interface ReadContext {
  decimal: string;
  origin: LinkOrigin;
  now?: Date;
}

/**
 * Turns the draft into the `POST /links` body and checks it with the server's own schema
 * (`CreateLink` from `@paylink/client/schemas`) and the server's rules the schema cannot express
 * (an expiry in the future, at least one method, an address for the channel to send by). Every
 * problem is mapped to the field that shows it, with the same wording as the server's answer gets.
 */
export function readDraft(draft: Draft, ctx: ReadContext): Reading {
  const errors: FieldErrors = {};
  const digits = currencyDigits(draft.currency);
  const amount = readAmount(draft.amount, ctx.decimal, digits);
  if (!amount.ok) errors.amount = amountError(amount.problem, draft.currency, digits);

  const issues: ValidationIssue[] = [];
  let expiresAt: string | undefined;
  if (draft.expiry !== '') {
    const end = endOfDay(draft.expiry);
    if (!end) issues.push({ path: 'expiresAt', message: 'is not a date' });
    else if (end.getTime() <= (ctx.now ?? new Date()).getTime())
      issues.push({ path: 'expiresAt', message: 'must be in the future' });
    else expiresAt = end.toISOString();
  }
  if (draft.methods?.length === 0) issues.push({ path: 'methods', message: 'must list at least one' });

  const body = toBody(draft, amount.ok ? amount.minor : 0, expiresAt, ctx.origin);
  const parsed = CreateLinkSchema.safeParse(body);
  if (!parsed.success) issues.push(...describeIssues(parsed.error.issues));
  if (draft.send === 'email' && draft.email.trim() === '')
    issues.push({ path: 'customer.email', message: 'is required to send by email' });
  if ((draft.send === 'sms' || draft.send === 'whatsapp') && draft.mobile.trim() === '')
    issues.push({ path: 'customer.mobile', message: `is required to send by ${draft.send}` });

  for (const issue of issues) {
    const [field, error] = fieldError(issue, draft);
    if (field && !errors[field]) errors[field] = error;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: parsed.success ? parsed.data : body };
}

function toBody(draft: Draft, amount: number, expiresAt: string | undefined, origin: LinkOrigin): CreateLink {
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const body: CreateLink = { amount, currency: draft.currency, title: draft.title.trim() };
  const message = optional(draft.message);
  if (message) body.message = message;
  const reference = optional(draft.reference);
  if (reference) body.reference = reference;
  const invoice = optional(draft.invoice);
  if (invoice) body.invoice = invoice;
  if (draft.customer) body.customerId = draft.customer.id;
  else {
    const customer: NonNullable<CreateLink['customer']> = { name: draft.customerName.trim() };
    const email = optional(draft.email);
    if (email) customer.email = email;
    const mobile = optional(draft.mobile);
    if (mobile) customer.mobile = mobile;
    body.customer = customer;
  }
  body.language = draft.language;
  if (draft.methods) body.methods = [...draft.methods];
  if (expiresAt) body.expiresAt = expiresAt;
  body.origin = origin;
  if (draft.send) body.sendInvite = draft.send;
  return body;
}

/** The message for an amount that cannot be read (the form adds the `example` value). */
function amountError(problem: AmountProblem, currency: string, digits: number): FieldError {
  if (problem !== 'amountDecimals') return { key: `error.${problem}` };
  return digits === 0
    ? { key: 'error.amountNoDecimals', values: { currency } }
    : { key: 'error.amountDecimals', values: { count: digits, currency } };
}

/** An amount written as the viewer would, for "Enter an amount like 12,50". */
export function amountExample(currency: string, decimal: string): string {
  const digits = currencyDigits(currency);
  return writeAmount(1250 * 10 ** Math.max(0, digits - 2), decimal, digits);
}

/** Which field shows a problem at `path` (a server's `{ path }` or the schema's). */
export function fieldOf(path: string): FieldName | undefined {
  const [head, sub] = path.split('.');
  switch (head) {
    case 'amount':
    case 'currency':
    case 'title':
    case 'message':
    case 'reference':
    case 'invoice':
    case 'language':
    case 'methods':
      return head;
    case 'customerId':
      return 'customerName';
    case 'customer':
      return sub === 'email' ? 'email' : sub === 'mobile' ? 'mobile' : 'customerName';
    case 'expiresAt':
      return 'expiry';
    case 'sendInvite':
      return 'send';
    default:
      return undefined;
  }
}

/**
 * The field and the message for one `{ path, message }` problem, from the schema or the server
 * (both speak the same English; this turns it into the viewer's language). A problem with a
 * recipient of an existing customer, whose details cannot be edited here, is shown at "Send now".
 */
export function fieldError(issue: ValidationIssue, draft: Draft): [FieldName | undefined, FieldError] {
  const field = fieldOf(issue.path);
  const text = issue.message;
  const max = /at most (\d+)/.exec(text);
  switch (field) {
    case 'amount':
      return [
        field,
        { key: /greater than|positive/.test(text) ? 'error.amountPositive' : 'error.amountInvalid' },
      ];
    case 'title':
      return [
        field,
        max ? { key: 'error.tooLong', values: { max: Number(max[1]) } } : { key: 'error.titleRequired' },
      ];
    case 'customerName':
      if (issue.path === 'customerId') return [field, { key: 'error.customerUnknown' }];
      return [
        field,
        max ? { key: 'error.tooLong', values: { max: Number(max[1]) } } : { key: 'error.customerRequired' },
      ];
    case 'email':
    case 'mobile': {
      const missing = /to send/.test(text);
      if (missing && draft.customer)
        return [
          'send',
          { key: field === 'email' ? 'error.customerEmailMissing' : 'error.customerMobileMissing' },
        ];
      if (missing) return [field, { key: field === 'email' ? 'error.emailMissing' : 'error.mobileMissing' }];
      return [field, { key: field === 'email' ? 'error.emailInvalid' : 'error.mobileInvalid' }];
    }
    case 'expiry':
      return [field, { key: /future/.test(text) ? 'error.expiryPast' : 'error.expiryInvalid' }];
    case 'methods':
      return [
        field,
        /not activated/.test(text)
          ? { key: 'error.methodNotActive', values: { methods: text.split(' ')[0] ?? '' } }
          : { key: 'error.methodsRequired' },
      ];
    default:
      return [
        field,
        max
          ? { key: 'error.tooLong', values: { max: Number(max[1]) } }
          : { key: 'error.invalid', values: { message: text } },
      ];
  }
}

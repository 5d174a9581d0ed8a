import { z } from 'zod/mini';
import {
  Currency,
  Email,
  HttpUrl,
  Id,
  Language,
  MinorUnits,
  PaymentMethodId,
  PositiveMinorUnits,
  Timestamp,
} from './common.ts';
import { IsoCurrency } from './currency.ts';

/** Where a payment link is in its lifecycle. `archived` is a separate flag, not a status. */
export const LINK_STATUSES = ['created', 'clicked', 'paid', 'expired', 'declined'] as const;
export const LinkStatus = z.enum(LINK_STATUSES);
export type LinkStatus = z.infer<typeof LinkStatus>;

/** How a link came to be. Only `dunning` links survive archiving while still `created`. */
export const LINK_ORIGINS = ['manual', 'customer', 'import', 'api', 'dunning'] as const;
export const LinkOrigin = z.enum(LINK_ORIGINS);
export type LinkOrigin = z.infer<typeof LinkOrigin>;

/** Channels a link can be sent through. */
export const CHANNELS = ['email', 'sms', 'whatsapp'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

const Mobile = z
  .string()
  .check(z.regex(/^\+?[0-9][0-9 ()-]{5,19}$/, 'must be a phone number such as +32470123456'));

/** The customer as stored on a link (a snapshot taken when the link is created). */
export const LinkCustomer = z.object({
  id: z.optional(Id),
  name: z.string().check(z.minLength(1)),
  email: z.optional(z.string()),
  mobile: z.optional(z.string()),
  customerNumber: z.optional(z.string()),
});
export type LinkCustomer = z.infer<typeof LinkCustomer>;

/** A payment link as the merchant sees it. */
export const PaymentLink = z.object({
  id: Id,
  token: z.string().check(z.minLength(22)),
  url: z.string(),
  status: LinkStatus,
  archived: z.boolean(),
  amount: PositiveMinorUnits,
  currency: Currency,
  title: z.string(),
  message: z.optional(z.string()),
  reference: z.string(),
  invoice: z.optional(z.string()),
  customer: LinkCustomer,
  language: Language,
  methods: z.array(PaymentMethodId),
  expiresAt: z.optional(Timestamp),
  origin: LinkOrigin,
  pspReference: z.optional(z.string()),
  paidAt: z.optional(Timestamp),
  paidMethod: z.optional(PaymentMethodId),
  refundedAmount: MinorUnits,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type PaymentLink = z.infer<typeof PaymentLink>;

/** The customer details given inline when creating a link. */
export const NewLinkCustomer = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'is required'), z.maxLength(140)),
  email: z.optional(Email),
  mobile: z.optional(Mobile),
  customerNumber: z.optional(z.string().check(z.maxLength(64))),
});
export type NewLinkCustomer = z.infer<typeof NewLinkCustomer>;

/** Most payment methods one link may list. */
export const MAX_METHODS = 20;

/**
 * Body of `POST /api/links`. Give either `customerId` or `customer`. Every text has a length limit
 * and URLs at most 2 048 characters, so a request cannot make the server store megabytes.
 */
export const CreateLink = z.object({
  amount: PositiveMinorUnits,
  currency: z.optional(IsoCurrency),
  title: z
    .string()
    .check(z.trim(), z.minLength(1, 'is required'), z.maxLength(140, 'must be at most 140 characters')),
  message: z.optional(z.string().check(z.maxLength(1000))),
  reference: z.optional(z.string().check(z.maxLength(64))),
  invoice: z.optional(z.string().check(z.maxLength(64))),
  customerId: z.optional(Id),
  customer: z.optional(NewLinkCustomer),
  language: z.optional(Language),
  methods: z.optional(z.array(PaymentMethodId).check(z.maxLength(MAX_METHODS))),
  expiresAt: z.optional(Timestamp),
  origin: z.optional(LinkOrigin),
  redirectUrl: z.optional(HttpUrl),
  sendInvite: z.optional(Channel),
});
export type CreateLink = z.infer<typeof CreateLink>;

/** Body of `PATCH /api/links/:id`: only the language can change after creation. */
export const UpdateLink = z.object({ language: Language });
export type UpdateLink = z.infer<typeof UpdateLink>;

/** Sort keys of the list; a leading `-` sorts descending. */
export const LINK_SORTS = [
  'createdAt',
  '-createdAt',
  'amount',
  '-amount',
  'expiresAt',
  '-expiresAt',
] as const;
export const LinkSort = z.enum(LINK_SORTS);
export type LinkSort = z.infer<typeof LinkSort>;

/** Largest page the list returns. */
export const MAX_PAGE_SIZE = 500;
/** Page size when none is asked for. */
export const DEFAULT_PAGE_SIZE = 50;
/** The date range the list applies when none is given, in days back from now. */
export const DEFAULT_RANGE_DAYS = 30;

/** Answer of `GET /api/links`. */
export const LinkPage = z.object({
  items: z.array(PaymentLink),
  nextCursor: z.nullable(z.string()),
  total: MinorUnits,
});
export type LinkPage = z.infer<typeof LinkPage>;

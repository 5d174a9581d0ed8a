import {
  type Channel,
  CreateLink,
  type Customer,
  type LinkCustomer,
  type LinkOrigin,
  type PaymentMethod,
  type ValidationIssue,
} from '@paylink/client/schemas';
import { EngineError } from './api.ts';
import { recipientFor } from './invitations.ts';
import { storableUrl } from './urls.ts';
import { parseInput } from './validation.ts';

/**
 * A CreateLink body that passed every check, with defaults filled in. Preparing has no side effects,
 * so the CSV import can validate rows (dry run) with exactly the rules `createLink` applies.
 */
export interface PreparedLink {
  amount: number;
  currency: string;
  title: string;
  message: string | undefined;
  reference: string | undefined;
  invoice: string | undefined;
  /** An existing customer, or the inline details of a new one (created or matched by e-mail on commit). */
  customer: { existing: Customer } | { inline: Omit<Customer, 'id'>; emailKey: string | undefined };
  /** The customer as it will be stored on the link (without the id of a customer still to create). */
  linkCustomer: LinkCustomer;
  language: string;
  methods: string[];
  expiresAtMs: number | undefined;
  origin: LinkOrigin;
  redirectUrl: string | undefined;
  sendInvite: { channel: Channel; to: string } | undefined;
}

/** What preparing needs to read from the engine. */
export interface PrepareContext {
  now: number;
  methods: readonly PaymentMethod[];
  getCustomer(id: string): Customer | undefined;
  /** Looks a customer up by lower-cased e-mail (see {@link emailKey}). */
  findCustomerByEmail(emailKey: string): Customer | undefined;
}

/**
 * Checks a CreateLink body against the schema and the engine's rules, and fills in defaults. Throws
 * `validation_failed` (details with paths), `method_not_active` or `missing_recipient`; every error's
 * details name the offending path so the CSV import can point at a column.
 */
export function prepareCreateLink(input: unknown, ctx: PrepareContext): PreparedLink {
  const body = parseInput(CreateLink, input);
  const issues: ValidationIssue[] = [];

  let customer: PreparedLink['customer'] | undefined;
  let linkCustomer: LinkCustomer | undefined;
  if (body.customerId !== undefined) {
    const existing = ctx.getCustomer(body.customerId);
    if (!existing) issues.push({ path: 'customerId', message: 'no customer has this id' });
    else {
      customer = { existing };
      linkCustomer = snapshotCustomer(existing);
    }
  } else if (body.customer !== undefined) {
    const inline = body.customer;
    // Lower-cased once and handed on, so creating the customer does not lower-case it again.
    const key = inline.email === undefined ? undefined : emailKey(inline.email);
    const match = key === undefined ? undefined : ctx.findCustomerByEmail(key);
    customer = { inline: newCustomerDetails(inline, body.language), emailKey: key };
    linkCustomer = {
      id: match?.id,
      name: inline.name,
      email: inline.email ?? match?.email,
      mobile: inline.mobile ?? match?.mobile,
      customerNumber: inline.customerNumber ?? match?.customerNumber,
    };
  } else {
    issues.push({ path: 'customer', message: 'is required (or give customerId)' });
  }

  let expiresAtMs: number | undefined;
  if (body.expiresAt !== undefined) {
    expiresAtMs = Date.parse(body.expiresAt);
    if (!(expiresAtMs > ctx.now)) issues.push({ path: 'expiresAt', message: 'must be in the future' });
  }

  let redirectUrl: string | undefined;
  if (body.redirectUrl !== undefined) {
    const stored = storableUrl(body.redirectUrl);
    if ('problem' in stored) issues.push({ path: 'redirectUrl', message: stored.problem });
    else redirectUrl = stored.url;
  }

  let methods: string[];
  if (body.methods === undefined) {
    methods = ctx.methods.filter((m) => m.active).map((m) => m.id);
  } else {
    methods = distinct(body.methods);
    if (methods.length === 0)
      issues.push({ path: 'methods', message: 'must list at least one payment method' });
  }
  if (issues.length > 0) throw new EngineError('validation_failed', 'Some fields are invalid', issues);

  const inactive = inactiveMethods(methods, ctx.methods);
  if (inactive.length > 0) {
    throw new EngineError(
      'method_not_active',
      `Payment method not activated: ${inactive.join(', ')}`,
      inactive.map((id) => ({
        path: `methods.${body.methods!.indexOf(id)}`,
        message: `${id} is not activated`,
      })),
    );
  }

  let sendInvite: PreparedLink['sendInvite'];
  if (body.sendInvite !== undefined) {
    const recipient = recipientFor(body.sendInvite, linkCustomer!);
    if ('missing' in recipient) {
      throw new EngineError('missing_recipient', `${recipient.missing} to send the link to`, [
        {
          path: body.sendInvite === 'email' ? 'customer.email' : 'customer.mobile',
          message: `is required to send by ${body.sendInvite}`,
        },
      ]);
    }
    sendInvite = { channel: body.sendInvite, to: recipient.to };
  }

  const customerLanguage = customer && 'existing' in customer ? customer.existing.language : undefined;
  return {
    amount: body.amount,
    currency: body.currency ?? 'EUR',
    title: body.title,
    message: body.message,
    reference: body.reference,
    invoice: body.invoice,
    customer: customer!,
    linkCustomer: linkCustomer!,
    language: body.language ?? customerLanguage ?? 'en',
    methods,
    expiresAtMs,
    origin: body.origin ?? 'api',
    redirectUrl,
    sendInvite,
  };
}

/**
 * The details of a customer to create, keys in the order `{ ...inline, language }` would give
 * without the undefined ones. Written out because the spread and the `dropUndefined` copy were two
 * objects per imported row, and the common shapes as literals keep every field inside the object.
 */
function newCustomerDetails(
  inline: NonNullable<CreateLink['customer']>,
  language: string | undefined,
): Omit<Customer, 'id'> {
  const { name, email, mobile, customerNumber } = inline;
  if (email !== undefined && customerNumber === undefined && language !== undefined) {
    return mobile === undefined ? { name, email, language } : { name, email, mobile, language };
  }
  return dropUndefined({ ...inline, language });
}

/** The first occurrence of each entry, in order (method lists are a handful long: no Set needed). */
function distinct(items: readonly string[]): string[] {
  const out: string[] = [];
  for (const item of items) if (!out.includes(item)) out.push(item);
  return out;
}

/** The ids among `ids` that are not an active payment method. */
function inactiveMethods(ids: readonly string[], methods: readonly PaymentMethod[]): string[] {
  const inactive: string[] = [];
  for (const id of ids) {
    let active = false;
    for (const m of methods) if (m.id === id && m.active) active = true;
    if (!active) inactive.push(id);
  }
  return inactive;
}

/** How customers are matched by e-mail: case does not matter. */
export function emailKey(email: string): string {
  return email.toLowerCase();
}

/** The customer as copied onto a link: links keep the details they were created with. */
export function snapshotCustomer(c: Customer): LinkCustomer {
  return compactCustomer(c);
}

/** A link's customer with only the fields that have a value (no copy through `dropUndefined`). */
export function compactCustomer(c: LinkCustomer, id = c.id): LinkCustomer {
  // Started empty and filled in: an empty literal has room for four fields inside the object, where
  // `{ name }` would move every added field to a separate properties array.
  const out = {} as LinkCustomer;
  out.name = c.name;
  if (id !== undefined) out.id = id;
  if (c.email !== undefined) out.email = c.email;
  if (c.mobile !== undefined) out.mobile = c.mobile;
  if (c.customerNumber !== undefined) out.customerNumber = c.customerNumber;
  return out;
}

/** A copy without `undefined` values, so optional fields are absent rather than present-but-empty. */
export function dropUndefined<T extends object>(value: T): T {
  // A for-in loop: Object.entries allocated a pair per field, which showed up in the import profile.
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v = value[key];
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}

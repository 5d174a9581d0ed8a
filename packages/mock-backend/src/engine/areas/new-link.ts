/**
 * Creating a link: checking the request (`prepareLink`) and storing it with its customer, first
 * event and invitation (`commitLink`). Shared by `createLink` and the CSV import, whose hot path it is.
 * @module
 */
import type { Actor, Customer, PaymentLink, Refund } from '@paylink/client/schemas';
import { iso } from '../clock.ts';
import { compactCustomer, type PreparedLink, prepareCreateLink } from '../create-link.ts';
import { formatReference } from '../ids.ts';
import type { EngineState } from '../state.ts';
import type { LinkRecord } from '../store.ts';
import { sendInvitation } from './invitations.ts';

/** Distinct method lists shared between links (see `sharedMethods`); more are simply not shared. */
const MAX_SHARED_METHOD_LISTS = 32;
/**
 * The refunds of a link that has none, shared by every new link: most never get one, and an empty
 * array each was one more object per link. Frozen, so a stray push fails loudly instead of leaking.
 */
const NO_REFUNDS = Object.freeze([]) as unknown as Refund[];

/** Checks a CreateLink body against the schema and the engine's rules; throws on any problem. */
export function prepareLink(state: EngineState, input: unknown): PreparedLink {
  // One context reused for every call, only its changing fields refreshed: building it with two
  // closures per call was a visible share of a 100 000-row import.
  const ctx = state.prepareContext;
  ctx.now = state.now();
  ctx.methods = state.store.methods;
  return prepareCreateLink(input, ctx);
}

/**
 * Creates a prepared link (and its customer, and its invitation). Cannot fail: checks ran in
 * {@link prepareLink}. `bulk` leaves the creation-time index to be rebuilt on its next read.
 */
export function commitLink(state: EngineState, p: PreparedLink, bulk = false): LinkRecord {
  const store = state.store;
  const now = state.now();
  let customerId = p.linkCustomer.id;
  if ('inline' in p.customer && customerId === undefined) {
    customerId = state.newId('cus');
    // No customer had this e-mail when the row was prepared, and nothing ran in between.
    store.addUnmatchedCustomer(withId(customerId, p.customer.inline), p.customer.emailKey);
  }
  const token = state.newToken();
  const createdAt = iso(now);
  const id = state.newId('pl');
  const url = state.urlFor(token);
  const reference = p.reference ?? formatReference(++store.referenceSeq);
  const customer = compactCustomer(p.linkCustomer, customerId);
  const methods = sharedMethods(state.methodLists, p.methods);
  // Built field by field rather than through dropUndefined: this is the import's hot path, and a
  // copy per link was a tenth of a 100 000-row import.
  const link: PaymentLink = {
    id,
    token,
    url,
    status: 'created',
    archived: false,
    amount: p.amount,
    currency: p.currency,
    title: p.title,
    reference,
    customer,
    language: p.language,
    methods,
    origin: p.origin,
    refundedAmount: 0,
    createdAt,
    updatedAt: createdAt,
  };
  if (p.message !== undefined) link.message = p.message;
  if (p.invoice !== undefined) link.invoice = p.invoice;
  if (p.expiresAtMs !== undefined) link.expiresAt = iso(p.expiresAtMs);
  const record: LinkRecord = {
    link,
    createdAtMs: now,
    expiresAtMs: p.expiresAtMs,
    redirectUrl: p.redirectUrl,
    search: undefined,
    events: [],
    refunds: NO_REFUNDS,
    pos: -1,
  };
  store.addLink(record, bulk);
  const actor: Actor = p.origin === 'dunning' ? 'system' : p.origin === 'customer' ? 'customer' : 'merchant';
  state.addEvent(record, 'created', actor, {
    origin: p.origin,
    amount: p.amount,
    currency: p.currency,
    reference: link.reference,
  });
  if (p.sendInvite) sendInvitation(state, record, p.sendInvite.channel, p.sendInvite.to);
  return record;
}

/**
 * One frozen array per distinct method list: a file repeats a handful of lists, and an array per
 * link was two more objects each for the garbage collector. Stored method lists are never changed
 * in place (publicLink hands out copies), which freezing enforces. Found by comparing elements,
 * which unlike a joined key allocates nothing per link.
 */
function sharedMethods(lists: string[][], methods: string[]): string[] {
  for (const list of lists) if (sameItems(list, methods)) return list;
  const shared = Object.freeze(methods) as string[];
  if (lists.length < MAX_SHARED_METHOD_LISTS) lists.push(shared);
  return shared;
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `{ id, ...details }`, with the shapes an import makes written as literals: a spread copy keeps only
 * `id` inside the object and moves the rest to a separate properties array, one more object to copy
 * per created customer.
 */
function withId(id: string, details: Omit<Customer, 'id'>): Customer {
  const { name, email, mobile, customerNumber, language } = details;
  if (email !== undefined && customerNumber === undefined && language !== undefined) {
    return mobile === undefined ? { id, name, email, language } : { id, name, email, mobile, language };
  }
  return { id, ...details };
}

import type { DeltaScalars, EngineDelta } from './delta.ts';
import type { Store } from './store.ts';

/**
 * Which records the calls since the last {@link take} changed, so a journal can write just those.
 * Off until something listens (the browser's engine never pays for it); every place that changes a
 * record tells the log through the store.
 */
export class ChangeLog {
  enabled = false;
  private full = false;
  private readonly links = new Set<string>();
  private readonly deletedLinks = new Set<string>();
  private readonly refunds = new Set<string>();
  private readonly payments = new Set<string>();
  private readonly invitations = new Set<string>();
  private readonly customers = new Set<string>();
  private readonly idempotency = new Set<string>();
  private readonly expiredKeys = new Set<string>();
  /** Feed position of the first event not yet handed out. */
  private eventsFrom = 0;

  link(id: string): void {
    if (!this.enabled) return;
    this.links.add(id);
    this.deletedLinks.delete(id);
  }

  deletedLink(id: string): void {
    if (!this.enabled) return;
    this.links.delete(id);
    this.deletedLinks.add(id);
  }

  refund(id: string): void {
    if (this.enabled) this.refunds.add(id);
  }

  payment(id: string): void {
    if (this.enabled) this.payments.add(id);
  }

  invitation(id: string): void {
    if (this.enabled) this.invitations.add(id);
  }

  customer(id: string): void {
    if (this.enabled) this.customers.add(id);
  }

  idempotencyKey(key: string): void {
    if (!this.enabled) return;
    this.idempotency.add(key);
    this.expiredKeys.delete(key);
  }

  expiredKey(key: string): void {
    if (!this.enabled) return;
    this.idempotency.delete(key);
    this.expiredKeys.add(key);
  }

  /** The whole state was replaced (reset, restore): the next delta is a snapshot. */
  replaced(): void {
    if (this.enabled) this.full = true;
  }

  /** Starts (or restarts) tracking from the store as it is now. */
  start(store: Store): void {
    this.enabled = true;
    this.clear(store);
  }

  /**
   * The delta of everything logged since the last take, built from the records as they are now
   * (callers serialise it before the next change), and a fresh log. `snapshot` makes the whole-state
   * delta of a replaced store.
   */
  take(store: Store, scalars: DeltaScalars, snapshot: () => EngineDelta['snapshot']): EngineDelta {
    if (this.full) {
      const delta: EngineDelta = { ...scalars, snapshot: snapshot() };
      this.clear(store);
      return delta;
    }
    const delta: EngineDelta = { ...scalars };
    const records = <T>(ids: Set<string>, get: (id: string) => T | undefined): T[] => {
      const out: T[] = [];
      for (const id of ids) {
        const record = get(id);
        if (record !== undefined) out.push(record);
      }
      return out;
    };
    if (this.customers.size > 0) delta.customers = records(this.customers, (id) => store.customers.get(id));
    if (this.links.size > 0) {
      delta.links = records(this.links, (id) => {
        const record = store.links.get(id);
        if (!record) return undefined;
        return record.redirectUrl === undefined
          ? { link: record.link }
          : { link: record.link, redirectUrl: record.redirectUrl };
      });
    }
    if (this.deletedLinks.size > 0) delta.deletedLinks = [...this.deletedLinks];
    if (store.events.length > this.eventsFrom) {
      delta.eventsFrom = this.eventsFrom;
      delta.events = store.events.slice(this.eventsFrom);
    }
    if (this.refunds.size > 0) delta.refunds = records(this.refunds, (id) => store.refunds.get(id));
    if (this.payments.size > 0) delta.payments = records(this.payments, (id) => store.payments.get(id));
    if (this.invitations.size > 0) {
      delta.invitations = records(this.invitations, (id) => store.invitations.get(id));
    }
    if (this.idempotency.size > 0) {
      delta.idempotency = records(this.idempotency, (key) => {
        const record = store.idempotency.get(key);
        return record === undefined ? undefined : ([key, record] as [string, typeof record]);
      });
    }
    if (this.expiredKeys.size > 0) delta.expiredKeys = [...this.expiredKeys];
    this.clear(store);
    return delta;
  }

  private clear(store: Store): void {
    this.full = false;
    this.links.clear();
    this.deletedLinks.clear();
    this.refunds.clear();
    this.payments.clear();
    this.invitations.clear();
    this.customers.clear();
    this.idempotency.clear();
    this.expiredKeys.clear();
    this.eventsFrom = store.events.length;
  }
}

import type { LinkEvent } from '@paylink/client';
import { expect } from 'chai';
import { syntheticLink } from './list.harness.ts';
import { planRefresh } from './live-events.ts';

function event(linkId: string, type: LinkEvent['type'], at: string): LinkEvent {
  return { id: `ev_${linkId}_${type}`, linkId, type, at, actor: 'system', data: {} };
}

describe('planRefresh (which rows a batch of feed events touches)', () => {
  const link = syntheticLink(1); // updatedAt 2026-11-29T23:59:00.000Z
  const loaded = (id: string) => (id === link.id ? link : undefined);

  it('refetches a loaded link changed after it was loaded', () => {
    const plan = planRefresh([event(link.id, 'paid', '2026-11-30T00:00:01.000Z')], loaded);
    expect([...plan.changed]).to.deep.equal([link.id]);
    expect(plan.gone.size).to.equal(0);
  });

  it('skips events the loaded copy already shows (a replayed backlog) and links not loaded', () => {
    const plan = planRefresh(
      [
        event(link.id, 'created', '2026-11-20T10:00:00.000Z'),
        event(link.id, 'opened', link.updatedAt),
        event('pl_not_loaded', 'paid', '2026-12-01T00:00:00.000Z'),
      ],
      loaded,
    );
    expect(plan.changed.size).to.equal(0);
    expect(plan.gone.size).to.equal(0);
  });

  it('drops a deleted link, even when other events about it came first', () => {
    const plan = planRefresh(
      [
        event(link.id, 'opened', '2026-11-30T00:00:01.000Z'),
        event(link.id, 'deleted', '2026-11-30T00:00:02.000Z'),
      ],
      loaded,
    );
    expect([...plan.gone]).to.deep.equal([link.id]);
    expect(plan.changed.size).to.equal(0);
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LINK_STATUSES, type LinkStatus } from '@paylink/client/schemas';
import { LIFECYCLE_ACTIONS, TRANSITIONS } from '../../src/engine/index.ts';
import { codeOf, DAY, HOUR, linkIn, pay, setup } from './helpers.ts';

type Action =
  | 'open'
  | 'pay approve'
  | 'pay decline'
  | 'pay fail'
  | 'expire'
  | 'refund'
  | 'invite'
  | 'language change'
  | 'archive';

/** What each action does to a link in each status: its new status, `deleted`, or the error code. */
type Outcome = { status: LinkStatus; archived?: boolean } | { error: string } | { deleted: true };

const EXPECTED: Record<LinkStatus, Record<Action, Outcome>> = {
  created: {
    open: { status: 'clicked' },
    'pay approve': { status: 'paid' },
    'pay decline': { status: 'declined' },
    'pay fail': { status: 'declined' },
    expire: { status: 'expired' },
    refund: { error: 'refund_not_allowed' },
    invite: { status: 'created' },
    'language change': { status: 'created' },
    archive: { deleted: true },
  },
  clicked: {
    open: { status: 'clicked' },
    'pay approve': { status: 'paid' },
    'pay decline': { status: 'declined' },
    'pay fail': { status: 'declined' },
    expire: { status: 'expired' },
    refund: { error: 'refund_not_allowed' },
    invite: { status: 'clicked' },
    'language change': { status: 'clicked' },
    archive: { status: 'clicked', archived: true },
  },
  declined: {
    open: { status: 'clicked' },
    'pay approve': { status: 'paid' },
    'pay decline': { status: 'declined' },
    'pay fail': { status: 'declined' },
    expire: { status: 'expired' },
    refund: { error: 'refund_not_allowed' },
    invite: { status: 'declined' },
    'language change': { status: 'declined' },
    archive: { status: 'declined', archived: true },
  },
  paid: {
    open: { status: 'paid' },
    'pay approve': { error: 'invalid_transition' },
    'pay decline': { error: 'invalid_transition' },
    'pay fail': { error: 'invalid_transition' },
    expire: { status: 'paid' },
    refund: { status: 'paid' },
    invite: { error: 'invalid_transition' },
    'language change': { status: 'paid' },
    archive: { status: 'paid', archived: true },
  },
  expired: {
    open: { status: 'expired' },
    'pay approve': { error: 'invalid_transition' },
    'pay decline': { error: 'invalid_transition' },
    'pay fail': { error: 'invalid_transition' },
    expire: { status: 'expired' },
    refund: { error: 'refund_not_allowed' },
    invite: { error: 'invalid_transition' },
    'language change': { status: 'expired' },
    archive: { status: 'expired', archived: true },
  },
};

describe('lifecycle: every status × every action', () => {
  for (const status of LINK_STATUSES) {
    for (const [action, expected] of Object.entries(EXPECTED[status]) as [Action, Outcome][]) {
      const label =
        'error' in expected ? expected.error : 'deleted' in expected ? 'deleted' : expected.status;
      test(`${status} --${action}--> ${label}`, () => {
        const { engine } = setup();
        const link = linkIn(engine, status);
        const before = engine.listEvents(link.id).length;
        const act = (): unknown => {
          switch (action) {
            case 'open':
              return engine.open(link.token);
            case 'pay approve':
              return pay(engine, link.token, 'approve');
            case 'pay decline':
              return pay(engine, link.token, 'decline');
            case 'pay fail':
              return pay(engine, link.token, 'fail');
            case 'expire':
              return engine.advanceClock(2 * DAY);
            case 'refund':
              return engine.refund(link.id, { amount: 100, message: 'Goodwill' });
            case 'invite':
              return engine.invite(link.id, { channel: 'email' });
            case 'language change':
              return engine.setLanguage(link.id, { language: link.language === 'fr' ? 'de' : 'fr' });
            case 'archive':
              return engine.archive({ ids: [link.id] });
          }
        };
        if ('error' in expected) {
          assert.equal(codeOf(act), expected.error);
          const after = engine.getLink(link.id);
          assert.equal(after.status, status, 'a refused action changes nothing');
          assert.equal(engine.listEvents(link.id).length, before, 'a refused action records nothing');
          return;
        }
        act();
        if ('deleted' in expected) {
          assert.equal(
            codeOf(() => engine.getLink(link.id)),
            'not_found',
          );
          return;
        }
        const after = engine.getLink(link.id);
        assert.equal(after.status, expected.status);
        assert.equal(after.archived, expected.archived ?? false);
      });
    }
  }
});

describe('the transition table', () => {
  test('covers every status and lifecycle action', () => {
    for (const status of LINK_STATUSES) {
      assert.deepEqual(Object.keys(TRANSITIONS[status]).sort(), [...LIFECYCLE_ACTIONS].sort());
    }
  });

  test('only a successful payment leads to paid, and nothing leaves paid or expired', () => {
    for (const status of LINK_STATUSES) {
      for (const action of LIFECYCLE_ACTIONS) {
        const next = TRANSITIONS[status][action];
        if (next === 'paid' && status !== 'paid')
          assert.equal(action, 'approve', `${status} --${action}--> paid`);
        if (status === 'paid' || status === 'expired') assert.ok(next === null || next === status);
      }
    }
  });

  test('a payment completes once; a second completion is invalid_transition', () => {
    const { engine } = setup();
    const link = linkIn(engine, 'clicked');
    const payment = engine.startPayment(link.token, { method: 'card' });
    engine.completePayment(payment.id, { outcome: 'decline' });
    assert.equal(
      codeOf(() => engine.completePayment(payment.id, { outcome: 'approve' })),
      'invalid_transition',
    );
    assert.equal(engine.getLink(link.id).status, 'declined');
  });

  test('a payment cannot complete once its link expired or was archived in between', () => {
    const { engine } = setup();
    const a = linkIn(engine, 'clicked');
    const pa = engine.startPayment(a.token, { method: 'card' });
    engine.advanceClock(DAY + HOUR);
    assert.equal(
      codeOf(() => engine.completePayment(pa.id, { outcome: 'approve' })),
      'invalid_transition',
    );
    assert.equal(engine.getLink(a.id).status, 'expired');

    const b = linkIn(engine, 'clicked');
    const pb = engine.startPayment(b.token, { method: 'card' });
    engine.archive({ ids: [b.id] });
    assert.equal(
      codeOf(() => engine.completePayment(pb.id, { outcome: 'approve' })),
      'invalid_transition',
    );
    assert.equal(engine.getLink(b.id).status, 'clicked');
  });

  test('paid records when, how and the PSP reference; decline and fail record the reason', () => {
    const { engine } = setup();
    const link = linkIn(engine, 'clicked');
    assert.equal(pay(engine, link.token, 'fail'), 'declined');
    const failed = engine.listEvents(link.id).at(-1)!;
    assert.equal(failed.type, 'declined');
    assert.equal(failed.actor, 'psp');
    assert.equal(failed.data.reason, 'psp_error');
    assert.match(String(failed.data.pspReference), /^PSP-[0-9A-Z]{10}$/);
    assert.equal(pay(engine, link.token, 'decline'), 'declined');
    assert.equal(engine.listEvents(link.id).at(-1)!.data.reason, 'customer_declined');
    assert.equal(pay(engine, link.token, 'approve', 'bancontact'), 'paid');
    const paid = engine.getLink(link.id);
    assert.equal(paid.paidMethod, 'bancontact');
    assert.equal(paid.paidAt, new Date(engine.clock.now()).toISOString());
    assert.match(paid.pspReference!, /^PSP-/);
    const types = engine.listEvents(link.id).map((e) => e.type);
    assert.deepEqual(types, [
      'created',
      'opened',
      'payment_started',
      'declined',
      'opened',
      'payment_started',
      'declined',
      'opened',
      'payment_started',
      'paid',
    ]);
  });
});

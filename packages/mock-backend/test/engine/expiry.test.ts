import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEngine, ManualClock, systemClock } from '../../src/engine/index.ts';
import { checked, codeOf, DAY, HOUR, linkIn, newLink, pay, setup } from './helpers.ts';

test('advancing the clock past expiresAt expires created, clicked and declined links at once', () => {
  const { engine } = setup();
  const links = (['created', 'clicked', 'declined', 'paid'] as const).map((s) => linkIn(engine, s));
  const expiresAt = links[0]!.expiresAt!;
  engine.advanceClock(DAY - 1);
  assert.deepEqual(
    links.map((l) => engine.getLink(l.id).status),
    ['created', 'clicked', 'declined', 'paid'],
  );
  engine.advanceClock(1);
  assert.deepEqual(
    links.map((l) => engine.getLink(l.id).status),
    ['expired', 'expired', 'expired', 'paid'],
  );
  const expired = engine.listEvents(links[1]!.id).at(-1)!;
  assert.equal(expired.type, 'expired');
  assert.equal(expired.actor, 'system');
  assert.equal(expired.at, expiresAt);
});

test('expiry is never undone: opening shows expired, paying and sending are refused', () => {
  const { engine } = setup();
  const link = linkIn(engine, 'clicked');
  engine.advanceClock(2 * DAY);
  const view = engine.open(link.token);
  assert.equal(view.status, 'expired');
  assert.equal(engine.payView(link.token).status, 'expired');
  assert.equal(
    codeOf(() => engine.startPayment(link.token, { method: 'card' })),
    'invalid_transition',
  );
  assert.equal(
    codeOf(() => engine.invite(link.id, { channel: 'email' })),
    'invalid_transition',
  );
  engine.advanceClock(30 * DAY);
  assert.equal(engine.getLink(link.id).status, 'expired');
  assert.equal(engine.listEvents(link.id).filter((e) => e.type === 'expired').length, 1);
});

test('expiry is applied lazily when the clock moves by itself', () => {
  const clock = new ManualClock(Date.UTC(2026, 0, 1));
  const engine = checked(createEngine({ clock }));
  const link = newLink(engine);
  clock.advance(DAY);
  assert.equal(engine.getLink(link.id).status, 'expired');
});

test('links without expiresAt never expire', () => {
  const { engine } = setup();
  const link = newLink(engine, { expiresAt: undefined });
  engine.advanceClock(365 * DAY);
  assert.equal(engine.getLink(link.id).status, 'created');
  assert.equal(pay(engine, link.token, 'approve'), 'paid');
});

test('advanceClock on the system clock keeps an offset and applies expiry', () => {
  const engine = checked(createEngine({ clock: systemClock }));
  const before = Date.now();
  const link = newLink(engine, { expiresAt: new Date(before + HOUR).toISOString() });
  const { now } = engine.advanceClock(2 * HOUR);
  assert.ok(Date.parse(now) >= before + 2 * HOUR);
  assert.ok(engine.clock.now() >= before + 2 * HOUR);
  assert.equal(engine.getLink(link.id).status, 'expired');
  assert.equal(
    codeOf(() => engine.advanceClock(-1)),
    'validation_failed',
  );
});

test('advanceClock returns the new time', () => {
  const { engine, clock } = setup();
  const start = clock.now();
  assert.deepEqual(engine.advanceClock(90_000), { now: new Date(start + 90_000).toISOString() });
  assert.equal(clock.now(), start + 90_000);
});

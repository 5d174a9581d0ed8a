import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeOf, linkIn, newLink, setup } from './helpers.ts';

test('archiving a manual created link deletes it: getLink and its token are not_found, the feed keeps a deleted event', () => {
  const { engine } = setup();
  const link = newLink(engine, { origin: 'manual' });
  const cursor = engine.feed('now').cursor;
  assert.deepEqual(engine.archive({ ids: [link.id] }), { results: [{ id: link.id, outcome: 'deleted' }] });
  assert.equal(
    codeOf(() => engine.getLink(link.id)),
    'not_found',
  );
  assert.equal(
    codeOf(() => engine.listEvents(link.id)),
    'not_found',
  );
  assert.equal(
    codeOf(() => engine.payView(link.token)),
    'not_found',
  );
  assert.equal(
    codeOf(() => engine.open(link.token)),
    'not_found',
  );
  const feed = engine.feed(cursor);
  assert.deepEqual(
    feed.items.map((e) => [e.type, e.linkId, e.actor]),
    [['deleted', link.id, 'merchant']],
  );
  assert.equal(engine.listLinks({}).total, 0);
  assert.equal(engine.listLinks({ archived: true }).total, 0);
});

test('a created dunning link is archived, not deleted; unarchive restores it', () => {
  const { engine } = setup();
  const link = newLink(engine, { origin: 'dunning' });
  assert.deepEqual(engine.archive({ ids: [link.id] }).results, [{ id: link.id, outcome: 'archived' }]);
  const archived = engine.getLink(link.id);
  assert.equal(archived.archived, true);
  assert.equal(archived.status, 'created');
  assert.equal(engine.listEvents(link.id).at(-1)!.type, 'archived');
  assert.deepEqual(engine.unarchive({ ids: [link.id] }).results, [{ id: link.id, outcome: 'unarchived' }]);
  assert.equal(engine.getLink(link.id).archived, false);
  assert.equal(engine.listEvents(link.id).at(-1)!.type, 'unarchived');
  assert.equal(engine.payView(link.token).status, 'created');
});

test('archive is idempotent, answers per id in the order asked and never aborts on a bad id', () => {
  const { engine } = setup();
  const clicked = linkIn(engine, 'clicked');
  const created = newLink(engine);
  const paid = linkIn(engine, 'paid');
  const result = engine.archive({
    ids: ['pl_nope', clicked.id, created.id, paid.id, clicked.id, created.id],
  });
  assert.deepEqual(
    result.results.map((r) => [r.id, r.outcome]),
    [
      ['pl_nope', 'not_found'],
      [clicked.id, 'archived'],
      [created.id, 'deleted'],
      [paid.id, 'archived'],
      [clicked.id, 'archived'],
      [created.id, 'not_found'],
    ],
  );
  const archivedEvents = engine.listEvents(clicked.id).filter((e) => e.type === 'archived');
  assert.equal(archivedEvents.length, 1, 'archiving twice records one event');
  assert.deepEqual(
    engine.unarchive({ ids: [paid.id, 'pl_nope'] }).results.map((r) => r.outcome),
    ['unarchived', 'not_found'],
  );
});

test('archived links: pay routes not_found like unknown tokens, language and invitations refused', () => {
  const { engine } = setup();
  const link = linkIn(engine, 'clicked');
  engine.archive({ ids: [link.id] });
  const unknown = (() => {
    try {
      engine.payView('AAAAAAAAAAAAAAAAAAAAAA');
    } catch (error) {
      return (error as Error).message;
    }
  })();
  for (const call of [
    () => engine.payView(link.token),
    () => engine.open(link.token),
    () => engine.startPayment(link.token, { method: 'card' }),
  ]) {
    assert.equal(codeOf(call), 'not_found');
    try {
      call();
    } catch (error) {
      assert.equal((error as Error).message, unknown, 'same answer as an unknown token');
    }
  }
  assert.equal(
    codeOf(() => engine.setLanguage(link.id, { language: 'nl' })),
    'invalid_transition',
  );
  assert.equal(
    codeOf(() => engine.invite(link.id, { channel: 'email' })),
    'invalid_transition',
  );
  assert.equal(engine.getLink(link.id).status, 'clicked');
  engine.unarchive({ ids: [link.id] });
  assert.equal(engine.open(link.token).status, 'clicked');
});

test('archive and unarchive validate their body', () => {
  const { engine } = setup();
  assert.equal(
    codeOf(() => engine.archive({ ids: [] })),
    'validation_failed',
  );
  assert.equal(
    codeOf(() => engine.unarchive({})),
    'validation_failed',
  );
});

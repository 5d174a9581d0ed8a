/**
 * The crash test: a real `paylink-mock --data` process killed with SIGKILL in the middle of a burst
 * of concurrent writes, then started again on the same file. Every write it answered must be there,
 * and nothing it handed out (ids, tokens, references, payment ids) may be handed out again.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { PaymentLink, PaymentStarted, Refund, RefundList } from '@paylink/client/schemas';
import { exitWithin, runCli, waitForUrl } from '../support/cli-process.ts';
import { request } from '../support/real-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'paylink-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** What the server acknowledged, to look for after the restart. */
interface Acknowledged {
  links: Map<string, { title: string; amount: number }>;
  opened: Set<string>;
  paid: Set<string>;
  refunds: Map<string, string>;
  /** Every id, token, reference and payment id seen in an answer, in order (so repeats show). */
  handedOut: string[];
}

/** One customer's journey: each step's answer is recorded as soon as it arrives. */
async function journey(url: string, n: number, ack: Acknowledged): Promise<void> {
  const title = `Crash ${n}`;
  const amount = 1000 + n;
  const created = await request(`${url}/api/links`, {
    method: 'POST',
    body: { amount, title, customer: { name: `Customer ${n}` } },
    headers: { 'Idempotency-Key': `journey-${n}` },
  });
  if (created.status !== 201) return;
  const link = created.body as PaymentLink;
  ack.links.set(link.id, { title, amount });
  ack.handedOut.push(link.id, link.token, link.reference);
  if (n % 2 === 1) return;
  const opened = await request(`${url}/api/pay/${link.token}/open`, { method: 'POST', auth: false });
  if (opened.status !== 200) return;
  ack.opened.add(link.id);
  const started = await request(`${url}/api/pay/${link.token}/payments`, {
    method: 'POST',
    body: { method: 'card' },
    auth: false,
  });
  if (started.status !== 201) return;
  const { paymentId } = started.body as PaymentStarted;
  ack.handedOut.push(paymentId);
  const completed = await request(`${url}/psp/${paymentId}/complete`, {
    method: 'POST',
    body: { outcome: 'approve' },
    auth: false,
  });
  if (completed.status !== 200) return;
  ack.paid.add(link.id);
  const refunded = await request(`${url}/api/links/${link.id}/refunds`, {
    method: 'POST',
    body: { amount: 100, message: 'Crash refund' },
  });
  if (refunded.status !== 201) return;
  const refund = refunded.body as Refund;
  ack.refunds.set(refund.id, link.id);
  ack.handedOut.push(refund.id);
}

/** Runs journeys 20 at a time until killed; resolves when the server stops answering. */
async function burst(url: string, first: number, ack: Acknowledged): Promise<number> {
  let next = first;
  const worker = async () => {
    for (;;) {
      const n = next++;
      try {
        await journey(url, n, ack);
      } catch {
        return; // the connection died with the server
      }
    }
  };
  await Promise.all(Array.from({ length: 20 }, worker));
  return next;
}

async function check(url: string, ack: Acknowledged): Promise<void> {
  for (const [id, { title, amount }] of ack.links) {
    const answer = await request(`${url}/api/links/${id}`);
    assert.equal(answer.status, 200, `acknowledged link ${id} is gone`);
    const link = answer.body as PaymentLink;
    assert.equal(link.title, title);
    assert.equal(link.amount, amount);
    if (ack.paid.has(id)) assert.equal(link.status, 'paid', `${id} was paid`);
    else if (ack.opened.has(id)) assert.notEqual(link.status, 'created', `${id} was opened`);
  }
  const byLink = new Map<string, string[]>();
  for (const [refundId, linkId] of ack.refunds) byLink.set(linkId, [...(byLink.get(linkId) ?? []), refundId]);
  for (const [linkId, refundIds] of byLink) {
    const refunds = (await request(`${url}/api/links/${linkId}/refunds`)).body as RefundList;
    const present = new Set(refunds.items.map((r) => r.id));
    for (const refundId of refundIds)
      assert.ok(present.has(refundId), `acknowledged refund ${refundId} is gone`);
  }
}

describe('kill -9 during a write burst', () => {
  test('every acknowledged write survives, and nothing handed out is handed out again', async () => {
    const dataFile = join(dir, 'crash.json');
    const ack: Acknowledged = {
      links: new Map(),
      opened: new Set(),
      paid: new Set(),
      refunds: new Map(),
      handedOut: [],
    };
    let next = 0;
    for (let round = 0; round < 3; round++) {
      const running = runCli(['--port', '0', '--data', dataFile]);
      const url = await waitForUrl(running);
      // Everything acknowledged before this crash, checked on the restarted server.
      await check(url, ack);
      const before = ack.links.size;
      const writes = burst(url, next, ack);
      // Kill once the burst is well under way, with requests in flight.
      while (ack.links.size < before + 60) await new Promise((resolve) => setTimeout(resolve, 5));
      running.child.kill('SIGKILL');
      next = await writes;
      await exitWithin(running);
    }
    const running = runCli(['--port', '0', '--data', dataFile]);
    const url = await waitForUrl(running);
    try {
      await check(url, ack);
      assert.ok(ack.links.size >= 180 && ack.paid.size > 0 && ack.refunds.size > 0, 'the bursts did write');
      // Nothing handed out before a crash comes again.
      for (let n = 0; n < 30; n++) await journey(url, next + n, ack);
      const repeated = ack.handedOut.filter((value, i) => ack.handedOut.indexOf(value) !== i);
      assert.deepEqual(repeated, [], 'handed out twice');
    } finally {
      running.child.kill('SIGTERM');
      await exitWithin(running);
    }
  });
});

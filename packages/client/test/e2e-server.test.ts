// One end-to-end scenario over real sockets against `startMockServer`: the merchant creates and
// sends a link, the customer pays it with the pay-page client, the merchant refunds and archives.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type MockServer, startMockServer } from '@paylink/mock-backend/node';
import { createPaylinkClient } from '../src/index.ts';
import { createPayClient } from '../src/pay.ts';

let server: MockServer;
before(async () => {
  server = await startMockServer({ port: 0, onError: () => undefined });
});
after(() => server.close());

test('create → send → open → pay → refund → export → archive, over HTTP', async () => {
  const merchant = createPaylinkClient({
    baseUrl: `${server.url}/api`,
    getToken: async () => 'merchant-secret',
  });
  const customer = createPayClient({ baseUrl: `${server.url}/api/` });

  const link = await merchant.links.create({
    amount: 12_900,
    title: 'Winter tyres',
    customer: { name: 'Grace Hopper', email: 'grace@example.com' },
    methods: ['card', 'bancontact'],
  });
  assert.equal((await merchant.links.invite(link.id, { channel: 'email' })).status, 'sent');

  const view = await customer.open(link.token);
  assert.equal(view.status, 'clicked');
  assert.deepEqual(view.methods, ['card', 'bancontact']);
  const { paymentId, redirectUrl } = await customer.startPayment(link.token, { method: 'bancontact' });
  assert.ok(redirectUrl.includes(paymentId));
  // The customer approves on the mock PSP page.
  const completed = await fetch(`${server.url}/psp/${encodeURIComponent(paymentId)}/complete`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ outcome: 'approve' }),
  });
  assert.equal(completed.status, 200);
  assert.equal((await customer.get(link.token)).status, 'paid');

  const paid = await merchant.links.get(link.id);
  assert.equal(paid.status, 'paid');
  assert.equal(paid.paidMethod, 'bancontact');
  const refund = await merchant.links.refund(link.id, { amount: 2_900, message: 'Discount' });
  assert.equal(refund.amount, 2_900);
  assert.equal((await merchant.links.refunds(link.id)).refundable, 10_000);

  const types = (await merchant.links.events(link.id)).items.map((event) => event.type);
  for (const type of ['created', 'sent', 'opened', 'payment_started', 'paid', 'refund_requested']) {
    assert.ok(types.includes(type as never), `${type} in ${types.join()}`);
  }
  const csv = await merchant.links.export({ ids: [link.id] });
  assert.ok(csv.includes('Winter tyres'));

  assert.equal((await merchant.links.archive([link.id])).results[0]?.outcome, 'archived');
  await assert.rejects(customer.get(link.token), { code: 'not_found', status: 404 });
  const feed = await merchant.feed.poll();
  assert.ok(feed.items.some((event) => event.type === 'archived' && event.linkId === link.id));
});

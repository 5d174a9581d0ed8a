import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { startMockServer } from '../../src/server.ts';
import { rawRequest } from '../support/raw-http.ts';

function startPayment(port: number, token: string, host: string): Promise<{ status: number; body: string }> {
  const body = '{"method":"card"}';
  return rawRequest(
    port,
    `POST /api/pay/${token}/payments HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
  );
}

describe('absolute URLs come from the configured origin, never from Host', () => {
  test('Host: evil.example does not turn the PSP redirect into evil.example', async () => {
    const server = await startMockServer({ port: 0, allowedHosts: '*' });
    try {
      const link = server.engine.createLink({ amount: 100, title: 'x', customer: { name: 'y' } });
      const answer = await startPayment(server.port, link.token, `evil.example:${server.port}`);
      assert.equal(answer.status, 201, answer.body);
      const { redirectUrl } = JSON.parse(answer.body) as { redirectUrl: string };
      assert.ok(redirectUrl.startsWith(`${server.url}/psp/`), redirectUrl);
    } finally {
      await server.close();
    }
  });

  test('publicUrl sets the origin of the redirect', async () => {
    const server = await startMockServer({ port: 0, publicUrl: 'http://mock.example:8080/ignored/path' });
    try {
      const link = server.engine.createLink({ amount: 100, title: 'x', customer: { name: 'y' } });
      const answer = await startPayment(server.port, link.token, `127.0.0.1:${server.port}`);
      const { redirectUrl } = JSON.parse(answer.body) as { redirectUrl: string };
      assert.match(redirectUrl, /^http:\/\/mock\.example:8080\/psp\/pay_/);
      // Its host is answered, as the public name of this server.
      assert.equal((await startPayment(server.port, link.token, 'mock.example:8080')).status, 201);
    } finally {
      await server.close();
    }
  });

  test('by default a loopback server answers only loopback names (DNS rebinding)', async () => {
    const server = await startMockServer({ port: 0, allowedHosts: ['dev.internal'] });
    try {
      const link = server.engine.createLink({ amount: 100, title: 'x', customer: { name: 'y' } });
      for (const host of ['evil.example', `evil.example:${server.port}`, 'localhost.evil.example']) {
        const refused = await startPayment(server.port, link.token, host);
        assert.equal(refused.status, 403, host);
        assert.equal((JSON.parse(refused.body) as { code: string }).code, 'forbidden_host');
      }
      for (const host of [
        'localhost',
        `127.0.0.1:${server.port}`,
        'app.localhost:5173',
        '[::1]:1',
        'dev.internal',
      ]) {
        assert.equal((await startPayment(server.port, link.token, host)).status, 201, host);
      }
      assert.equal((await startPayment(server.port, link.token, '[')).status, 400);
      assert.deepEqual(
        server.engine.listEvents(link.id).filter((e) => e.type === 'payment_started').length,
        5,
        'refused requests changed nothing',
      );
    } finally {
      await server.close();
    }
  });
});

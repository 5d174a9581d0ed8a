/**
 * Every merchant route of docs/contract.md with a request that would otherwise be valid, so the auth
 * test can prove each one refuses a missing or empty token before doing anything.
 */
export const MERCHANT_ROUTES: readonly { method: string; path: string; body?: unknown; csv?: string }[] = [
  { method: 'GET', path: '/api/links' },
  { method: 'POST', path: '/api/links', body: { amount: 100, title: 'x', customer: { name: 'y' } } },
  { method: 'GET', path: '/api/links/some-id' },
  { method: 'PATCH', path: '/api/links/some-id', body: { language: 'nl' } },
  { method: 'GET', path: '/api/links/some-id/events' },
  { method: 'GET', path: '/api/links/some-id/refunds' },
  { method: 'POST', path: '/api/links/some-id/refunds', body: { amount: 1, message: 'x' } },
  { method: 'POST', path: '/api/links/some-id/invitations', body: { channel: 'email' } },
  { method: 'POST', path: '/api/links/invitations', body: { ids: ['a'], channel: 'email' } },
  { method: 'POST', path: '/api/links/archive', body: { ids: ['a'] } },
  { method: 'POST', path: '/api/links/unarchive', body: { ids: ['a'] } },
  { method: 'POST', path: '/api/links/import', csv: 'Amount,Title,Customer name\n12.50,x,y\n' },
  { method: 'GET', path: '/api/links/export' },
  { method: 'GET', path: '/api/customers' },
  { method: 'GET', path: '/api/customers/some-id' },
  { method: 'GET', path: '/api/payment-methods' },
  { method: 'GET', path: '/api/feed' },
];

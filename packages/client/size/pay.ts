// Everything the pay entry exports: the ceiling of what a checkout page ships for the client.
export * from '../src/pay.ts';

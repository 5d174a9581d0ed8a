import type { PaylinkClient } from '@paylink/client';
import { type MockWorker, startMockWorker } from '@paylink/mock-backend/browser';
import { expect } from 'chai';
import { cleanupFixtures, fixture, shadow, waitUntil } from '../../test-support/fixture.ts';
import '../list/define.ts';
import type { PaylinkList } from '../list/list.ts';
import './define.ts';
import type { PaylinkProvider } from './provider.ts';

function listIn(provider: Element): PaylinkList {
  return provider.querySelector('paylink-list')!;
}

function rowTitles(list: PaylinkList): string[] {
  return [...shadow(list).querySelectorAll('.title-button')].map((b) => b.textContent?.trim() ?? '');
}

describe('<paylink-provider>', () => {
  let mock: MockWorker;

  before(async () => {
    mock = await startMockWorker(); // merchant routes need a bearer token here
  });
  beforeEach(() => {
    mock.engine.reset();
    mock.engine.createLink({ amount: 2500, title: 'Provided link', customer: { name: 'Ada' } });
  });
  afterEach(cleanupFixtures);
  after(() => mock.worker.stop());

  it('renders only a slot and takes no room (display: contents)', async () => {
    const provider = await fixture<PaylinkProvider>('<paylink-provider></paylink-provider>');
    expect(getComputedStyle(provider).display).to.equal('contents');
    expect(shadow(provider).querySelectorAll('*')).to.have.length(1);
    expect(shadow(provider).querySelector('slot')).to.exist;
  });

  it('shares a client built from api-base and getToken with the list inside', async () => {
    const tokens: string[] = [];
    const provider = document.createElement('paylink-provider');
    provider.setAttribute('api-base', '/api');
    provider.getToken = async () => {
      tokens.push('demo-token');
      return 'demo-token';
    };
    provider.replaceChildren(document.createElement('paylink-list'));
    document.body.append(provider);
    try {
      const list = listIn(provider);
      await waitUntil(() => rowTitles(list).length === 1, 'rows through the provider');
      expect(rowTitles(list)).to.deep.equal(['Provided link']);
      expect(tokens.length).to.be.greaterThan(0);
      const first = provider.effectiveClient;
      provider.getToken = () => 'another-token';
      await provider.updateComplete;
      expect(provider.effectiveClient).to.not.equal(first); // rebuilt when getToken changes
    } finally {
      provider.remove();
    }
  });

  it('shares a given client through the context', async () => {
    const asked: unknown[] = [];
    const client = {
      links: {
        list: async (query: unknown) => {
          asked.push(query);
          return { items: [], nextCursor: null, total: 0 };
        },
      },
      customers: { list: async () => ({ items: [] }) },
      feed: {
        poll: async () => ({ items: [], cursor: '0' }),
        async *pages(options: { signal?: AbortSignal } = {}) {
          await new Promise((resolve) => options.signal?.addEventListener('abort', resolve));
        },
      },
    } as unknown as PaylinkClient;
    const provider = document.createElement('paylink-provider');
    provider.client = client;
    provider.replaceChildren(document.createElement('paylink-list'));
    document.body.append(provider);
    try {
      const list = listIn(provider);
      await waitUntil(() => !!shadow(list).querySelector('[part~="empty"]'), 'empty from the stub');
      expect(asked).to.have.length(1);
      expect(provider.effectiveClient).to.equal(client);
    } finally {
      provider.remove();
    }
  });

  it('gives its lang to the elements inside, unless they set their own', async () => {
    const provider = await fixture<PaylinkProvider>(
      '<paylink-provider lang="nl"><paylink-list></paylink-list><paylink-list lang="fr"></paylink-list></paylink-provider>',
    );
    provider.getToken = () => 't';
    const [dutch, french] = [...provider.querySelectorAll('paylink-list')] as PaylinkList[];
    await dutch!.localeReady();
    await french!.localeReady();
    await waitUntil(
      () =>
        shadow(dutch!).querySelector('[part~="create-button"]')?.textContent?.trim() ===
          'Nieuwe betaallink' &&
        shadow(french!).querySelector('[part~="create-button"]')?.textContent?.trim() ===
          'Nouveau lien de paiement',
      'translated',
    );
  });

  it('lets a list work without a provider through api-base and getToken', async () => {
    const list = document.createElement('paylink-list');
    list.setAttribute('api-base', '/api');
    list.getToken = () => 'standalone-token';
    document.body.append(list);
    try {
      await waitUntil(() => rowTitles(list).length === 1, 'rows without a provider');
      expect(rowTitles(list)).to.deep.equal(['Provided link']);
    } finally {
      list.remove();
    }
  });
});

// A customer record of the demo portal: the customer's details and their payment links, with the
// plus button that opens <paylink-create-form> for this customer (the link's origin is `customer`).
// The customer is `?id=` or the first one. Until <paylink-list> can show one customer's links, the
// page lists them itself from the API (the last year, newest first).
/// <reference types="vite/client" />
import { type Customer, currencyDigits, type PaylinkClient } from '@paylink/client';
import '@paylink/elements/paylink-theme.css';
import './portal.css';
import { CreateDialog } from './create-dialog.ts';
import { byId, STATUS_TEXT, say, setUpTheme, startPortal } from './shell.ts';

function item(...parts: (string | [className: string, text: string])[]): HTMLLIElement {
  const li = document.createElement('li');
  for (const part of parts) {
    const span = document.createElement('span');
    if (Array.isArray(part)) {
      span.className = part[0];
      span.textContent = part[1];
    } else span.textContent = part;
    li.append(span);
  }
  return li;
}

/** The customer's details, as text only (customer data never becomes HTML). */
function showCustomer(customer: Customer): void {
  byId('customer-name').textContent = customer.name;
  document.title = `${customer.name} — Acme Supplies`;
  const rows: [string, string | undefined][] = [
    ['Customer number', customer.customerNumber],
    ['Email', customer.email],
    ['Mobile', customer.mobile],
    ['Language', customer.language],
  ];
  byId('customer-fields').replaceChildren(
    ...rows.flatMap(([label, value]) => {
      const dt = document.createElement('dt');
      dt.textContent = label;
      const dd = document.createElement('dd');
      dd.textContent = value ?? '—';
      return [dt, dd];
    }),
  );
  byId('new-link').setAttribute('aria-label', `New payment link for ${customer.name}`);
}

async function showLinks(client: PaylinkClient, customer: Customer): Promise<void> {
  const from = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  const page = await client.links.list({ customerId: customer.id, from, limit: 100 });
  byId('links-note').textContent =
    page.total === 0 ? 'No payment links in the last year.' : `${page.total} in the last year.`;
  byId('links').replaceChildren(
    ...page.items.map((link) => {
      const money = new Intl.NumberFormat(undefined, { style: 'currency', currency: link.currency }).format(
        link.amount / 10 ** currencyDigits(link.currency),
      );
      const li = item(
        ['link-title', link.title],
        ['link-amount', money],
        ['link-status', STATUS_TEXT[link.status]],
      );
      li.dataset.id = link.id;
      li.dataset.origin = link.origin;
      return li;
    }),
  );
}

async function main(): Promise<void> {
  setUpTheme();
  const { provider } = await startPortal();
  document.body.append(provider); // shares the client; the form gets it directly
  const client = provider.effectiveClient;
  const customers = (await client.customers.list()).items;
  const wanted = new URLSearchParams(location.search).get('id');
  const customer = customers.find((c) => c.id === wanted) ?? customers[0];
  if (!customer) {
    say('This demo has no customers.');
    return;
  }
  showCustomer(customer);
  const select = byId<HTMLSelectElement>('customer-select');
  select.replaceChildren(...customers.map((c) => new Option(c.name, c.id, false, c.id === customer.id)));

  const create = new CreateDialog({
    client: () => client,
    onCreated: (link) => {
      void showLinks(client, customer);
      say(`“${link.title}” created for ${customer.name}.`);
    },
  });
  byId('new-link').addEventListener(
    'click',
    () => void create.open({ id: customer.id, name: customer.name }),
  );
  await showLinks(client, customer);
}

void main();

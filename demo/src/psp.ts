// The mock PSP's checkout for the browser demo. msw's service worker does not intercept page
// navigations, so the mock's own /psp/:id HTML page cannot be reached here; this page stands in
// for it: it shows the payment and settles it with Approve, Decline or Fail through the mock API,
// then sends the browser back to the payment's return URL, as a real PSP would.
import type { PspPayment } from '@paylink/mock-backend';
import { startMockWorker } from '@paylink/mock-backend/browser';

const styles = new CSSStyleSheet();
styles.replaceSync(`
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; background: #eef1f5; color: #1b1f24; }
  body { margin: 0; padding: 1rem; }
  main { box-sizing: border-box; max-inline-size: 26rem; margin: 1rem auto; padding: 1.5rem; background: #fff;
    border: 1px solid #c9d1d9; border-radius: 1rem; display: flex; flex-direction: column; gap: 1rem; }
  h1 { margin: 0; font-size: 1.125rem; }
  .badge { align-self: start; padding: 0.125rem 0.5rem; border-radius: 1rem; background: #fff4d6; color: #6b3a00;
    font-size: 0.8125rem; font-weight: 600; }
  dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 0.5rem 1rem; }
  dt { color: #57606a; }
  dd { margin: 0; font-weight: 600; text-align: end; overflow-wrap: anywhere; }
  .actions { display: grid; gap: 0.5rem; }
  button { min-block-size: 2.75rem; border-radius: 0.5rem; border: 2px solid #1f4fd1; background: #fff; color: #1f4fd1;
    font: inherit; font-weight: 700; cursor: pointer; }
  button.approve { background: #1f4fd1; color: #fff; }
  button:focus-visible { outline: 2px solid #1f4fd1; outline-offset: 2px; }
  button:disabled { opacity: 0.6; cursor: progress; }
  @media (prefers-color-scheme: dark) {
    :root { background: #0d1117; color: #e6edf3; }
    main { background: #161b22; border-color: #3d444d; }
    dt { color: #9da7b3; }
    button { background: transparent; border-color: #6d9eff; color: #6d9eff; }
    button.approve { background: #6d9eff; color: #0d1117; }
  }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, styles];

type Outcome = 'approve' | 'decline' | 'fail';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text; // text only: nothing from the payment is parsed as HTML
  if (className) node.className = className;
  return node;
}

function money(amount: number, currency: string): string {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat(navigator.language, { style: 'currency', currency }).format(
    amount / 10 ** digits,
  );
}

async function complete(paymentId: string, outcome: Outcome): Promise<void> {
  const response = await fetch(`/psp/${encodeURIComponent(paymentId)}/complete`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ outcome }),
  });
  if (!response.ok) throw new Error(`The mock PSP answered ${response.status}`);
}

function showPayment(main: HTMLElement, payment: PspPayment, methodName: string): void {
  const details = el('dl');
  for (const [label, value] of [
    ['Merchant', payment.merchantName],
    ['For', payment.title],
    ['Amount', money(payment.amount, payment.currency)],
    ['Method', methodName],
  ] as const) {
    details.append(el('dt', label), el('dd', value));
  }
  const actions = el('div', undefined, 'actions');
  const status = el('p');
  status.setAttribute('role', 'status');
  const buttons = (['approve', 'decline', 'fail'] as const).map((outcome) => {
    const button = el('button', { approve: 'Approve', decline: 'Decline', fail: 'Fail' }[outcome], outcome);
    button.type = 'button';
    button.addEventListener('click', async () => {
      for (const b of buttons) b.disabled = true;
      status.textContent = 'Processing…';
      try {
        await complete(payment.id, outcome);
        location.assign(payment.returnUrl);
      } catch (error) {
        status.textContent = `Could not complete the payment: ${(error as Error).message}`;
        for (const b of buttons) b.disabled = false;
      }
    });
    return button;
  });
  actions.append(...buttons);
  main.replaceChildren(
    el('span', 'Test mode', 'badge'),
    el('h1', 'Mock payment provider'),
    details,
    actions,
    status,
  );
}

async function main(): Promise<void> {
  const main = document.getElementById('psp')!;
  const { engine } = await startMockWorker({
    storageKey: 'paylink-demo',
    pspPageUrl: '/psp.html?payment={paymentId}',
  });
  document.documentElement.setAttribute('data-mock', 'ready'); // this page's /api is mocked now
  const paymentId = new URLSearchParams(location.search).get('payment') ?? '';
  try {
    const payment = engine.getPayment(paymentId);
    const method = engine.listPaymentMethods().find((m) => m.id === payment.method);
    showPayment(main, payment, method?.name ?? payment.method);
  } catch {
    main.replaceChildren(el('h1', 'Payment not found'), el('p', 'This payment does not exist or was reset.'));
  }
  main.removeAttribute('aria-busy');
}

void main();

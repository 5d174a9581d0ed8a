import { expect } from 'chai';
import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from './define.ts';
import { PaylinkElement } from './paylink-element.ts';

/** An element declared the way every Paylink element is: decorators, defaults as initializers. */
class DecoratedElement extends PaylinkElement {
  @property() label = 'first';
  @property({ type: Number, attribute: 'max-count' }) maxCount = 3;
  @state() private clicks = 0;

  protected override render(): TemplateResult {
    return html`<button @click=${() => this.clicked()}>${this.label} ${this.maxCount} ${this.clicks}</button>`;
  }

  private clicked(): void {
    this.clicks++;
    this.emit('paylink-select', { id: `clicked-${this.clicks}` });
  }
}
defineElement('paylink-decorated-test', DecoratedElement);

describe('PaylinkElement', () => {
  let element: DecoratedElement;
  beforeEach(async () => {
    element = document.createElement('paylink-decorated-test') as DecoratedElement;
    document.body.append(element);
    await element.updateComplete;
  });
  afterEach(() => element.remove());

  const text = () => element.shadowRoot?.querySelector('button')?.textContent?.trim();

  it('keeps decorated properties with defaults reactive (the build tools keep [[Set]] fields)', async () => {
    expect(text()).to.equal('first 3 0');
    element.label = 'second';
    element.setAttribute('max-count', '7');
    await element.updateComplete;
    expect(text()).to.equal('second 7 0');
  });

  it('reflects lang and fires bubbling, composed events from emit()', async () => {
    element.lang = 'nl';
    await element.updateComplete;
    expect(element.getAttribute('lang')).to.equal('nl');
    const seen: Event[] = [];
    const listener = (event: Event) => seen.push(event);
    document.addEventListener('paylink-select', listener);
    element.shadowRoot?.querySelector('button')?.click();
    document.removeEventListener('paylink-select', listener);
    await element.updateComplete;
    expect(text()).to.equal('first 3 1');
    expect(seen).to.have.length(1);
    const event = seen[0] as CustomEvent<{ id: string }>;
    expect([event.bubbles, event.composed, event.detail.id]).to.deep.equal([true, true, 'clicked-1']);
  });
});

import { expect } from 'chai';
import { defineElement } from './define.ts';

describe('defineElement', () => {
  const warnings: unknown[][] = [];
  const original = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = original;
  });

  it('defines a new tag', () => {
    class First extends HTMLElement {}
    defineElement('paylink-define-test-a', First);
    expect(customElements.get('paylink-define-test-a')).to.equal(First);
    expect(warnings).to.have.length(0);
  });

  it('ignores a second registration of the same class quietly', () => {
    class Same extends HTMLElement {}
    defineElement('paylink-define-test-b', Same);
    defineElement('paylink-define-test-b', Same);
    expect(customElements.get('paylink-define-test-b')).to.equal(Same);
    expect(warnings).to.have.length(0);
  });

  it('keeps the first class and warns when another class claims the tag', () => {
    class First extends HTMLElement {}
    class Other extends HTMLElement {}
    defineElement('paylink-define-test-c', First);
    defineElement('paylink-define-test-c', Other);
    expect(customElements.get('paylink-define-test-c')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.contain('<paylink-define-test-c>');
    expect(document.createElement('paylink-define-test-c')).to.be.instanceOf(First);
  });
});

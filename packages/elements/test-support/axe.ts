import 'axe-core/axe.min.js'; // UMD: sets window.axe
import type { AxeResults, RunOptions } from 'axe-core';
import { expect } from 'chai';

declare global {
  interface Window {
    axe: { run(context: Element | Document, options?: RunOptions): Promise<AxeResults> };
  }
}

/**
 * Runs axe-core (WCAG 2.2 A/AA rules) on `element` and fails with a readable list of violations.
 * axe walks open shadow roots, so a component's rendered state is checked, not just its host.
 */
export async function expectAccessible(element: Element): Promise<void> {
  const results = await window.axe.run(element, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    rules: { region: { enabled: false } }, // a widget is not a whole page
  });
  const problems = results.violations.map(
    (v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(problems, problems.join('\n')).to.deep.equal([]);
}

import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { paylinkContext } from './context.ts';

/** One per page, shared by every copy of the package: it answers for any context. */
const ROOT = Symbol.for('paylink-elements.context-root');
type RootGlobal = typeof globalThis & { [ROOT]?: ContextRoot };

/**
 * Follows the surrounding `<paylink-provider>`'s value, re-rendering `host` when it changes.
 *
 * The provider may be defined after the elements inside it (the script-tag loader imports chunks
 * in parallel; an app may import the provider's define module last). A context request made before
 * any provider answers would be lost, so a `ContextRoot` on the document keeps it and replays it
 * when a provider connects. It is attached on first use, not on import, to keep imports free of
 * side effects.
 */
export function consumeProvider(
  host: ReactiveControllerHost & HTMLElement,
): ContextConsumer<typeof paylinkContext, ReactiveControllerHost & HTMLElement> {
  const scope = globalThis as RootGlobal;
  if (!scope[ROOT] && typeof document !== 'undefined') {
    scope[ROOT] = new ContextRoot();
    scope[ROOT].attach(document.documentElement);
  }
  return new ContextConsumer(host, {
    context: paylinkContext,
    subscribe: true,
    callback: () => host.requestUpdate(),
  });
}

import { createContext } from '@lit/context';
import type { PaylinkClient } from '@paylink/client';

/** What `<paylink-provider>` shares with the elements inside it. */
export interface PaylinkContextValue {
  /** The client every element inside uses, unless the element was given its own. */
  client?: PaylinkClient;
  /** The provider's language; an element's own `lang` wins over it. */
  lang?: string;
}

/**
 * The context key. It is a private `Symbol`, not a string, so nothing outside this SDK (another
 * copy of @lit/context, the host page) can provide or read it by accident.
 */
export const paylinkContext = createContext<PaylinkContextValue>(Symbol('paylink-context'));

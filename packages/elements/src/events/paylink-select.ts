/** `detail` of `paylink-select`: the link the user opened (its title clicked, or Enter on its row). */
export interface PaylinkSelectDetail {
  id: string;
}

/** Fired by `<paylink-list>` when the user opens a link. */
export type PaylinkSelectEvent = CustomEvent<PaylinkSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'paylink-select': PaylinkSelectEvent;
  }
}

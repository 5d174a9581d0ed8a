// The event modules only declare types (their JavaScript is empty); importing them here puts their
// `GlobalEventHandlersEventMap` entries in every program, and every `.d.ts`, that sees `PaylinkElement`.
import '../events/index.ts';

/** The name of every event a Paylink element fires: the `paylink-*` entries of `GlobalEventHandlersEventMap`. */
export type PaylinkEventName = Extract<keyof GlobalEventHandlersEventMap, `paylink-${string}`>;

/** The `detail` of a Paylink event. */
export type PaylinkEventDetail<K extends PaylinkEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Every event a Paylink element fires, by name, with its `detail` type. Derived from the modules in
 * `src/events/` (one per event); declare a new event there, not here.
 */
export type PaylinkEventMap = { [K in PaylinkEventName]: PaylinkEventDetail<K> };

/** Options of {@link Emit}. */
export interface EmitOptions {
  /** Lets a listener call `preventDefault()`; `emit` then returns `false`. */
  cancelable?: boolean;
}

/**
 * `PaylinkElement.emit()` as a function, for the controllers an element hands it to: fires a typed,
 * bubbling, composed event from the element and returns `false` when a listener cancelled it.
 */
export type Emit = <K extends PaylinkEventName>(
  type: K,
  detail: PaylinkEventDetail<K>,
  options?: EmitOptions,
) => boolean;

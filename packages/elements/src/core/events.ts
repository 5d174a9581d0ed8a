/**
 * Every event a Paylink element fires, by name, with its `detail` type. Components add their own
 * entries by augmenting this interface next to their class, so `emit()` is typed everywhere.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by declaration merging in each component
export interface PaylinkEventMap {}

/** The `detail` of a Paylink event. */
export type PaylinkEventDetail<K extends keyof PaylinkEventMap> = PaylinkEventMap[K];

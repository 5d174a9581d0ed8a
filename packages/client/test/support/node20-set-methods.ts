// msw 3's `resetHandlers()` calls Set.prototype.intersection/difference (Node 22+). The shared
// polyfill file (Promise.withResolvers) lacks them; add them here until it does.
const proto = Set.prototype as unknown as Record<string, unknown>;
if (typeof proto.intersection !== 'function') {
  proto.intersection = function intersection<T>(this: Set<T>, other: ReadonlySet<T>): Set<T> {
    return new Set([...this].filter((item) => other.has(item)));
  };
}
if (typeof proto.difference !== 'function') {
  proto.difference = function difference<T>(this: Set<T>, other: ReadonlySet<T>): Set<T> {
    return new Set([...this].filter((item) => !other.has(item)));
  };
}

export {};

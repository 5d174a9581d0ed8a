/**
 * Persistence hooks: the whole state as a snapshot (at once or in parts), restoring one, and the
 * listeners told of every change (`onChange`) and of what it changed (`onDelta`, for a journal).
 * @module
 */
import type { Engine } from '../api.ts';
import { EngineError } from '../api.ts';
import { isAdvanceable, savedOffsetProblem } from '../clock.ts';
import { Prng } from '../ids.ts';
import type { EngineState } from '../state.ts';
import { isSnapshotV1 } from '../store.ts';

type PersistenceCalls = 'snapshot' | 'restore' | 'onChange' | 'onDelta' | 'snapshotParts';

/** The engine's persistence hooks. */
export function persistenceArea(state: EngineState): Pick<Engine, PersistenceCalls> {
  return {
    snapshot: () => state.run(() => state.store.toJSON(state.prng.state, state.offset)),

    restore(snapshot) {
      if (!isSnapshotV1(snapshot)) {
        throw new EngineError('validation_failed', 'Not an engine snapshot', [
          { path: '', message: 'is not a version 1 engine snapshot' },
        ]);
      }
      const offsetProblem = savedOffsetProblem(snapshot.clockOffset);
      if (offsetProblem !== undefined) {
        throw new EngineError(
          'validation_failed',
          `Not a usable engine snapshot: clockOffset ${offsetProblem}`,
          [{ path: 'clockOffset', message: offsetProblem }],
        );
      }
      state.store.load(snapshot, state.now());
      state.prng = new Prng(snapshot.prng);
      state.ids = state.idGenerator();
      if (!isAdvanceable(state.baseClock)) state.offset = snapshot.clockOffset;
      state.changed = true;
      state.run(() => undefined);
    },

    onChange(listener) {
      state.listeners.add(listener);
      return () => {
        state.listeners.delete(listener);
      };
    },

    onDelta(listener) {
      const { deltaListeners, store } = state;
      // Changes are tracked only while somebody listens: tracking costs on every write.
      if (deltaListeners.size === 0) store.changes.start(store);
      deltaListeners.add(listener);
      return () => {
        deltaListeners.delete(listener);
        if (deltaListeners.size === 0) store.changes.enabled = false;
      };
    },

    snapshotParts: (extra) => state.store.jsonParts(state.prng.state, state.offset, extra),
  };
}

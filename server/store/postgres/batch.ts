// Group commit for statements: calls of one kind that arrive while earlier ones are in flight go out together as one statement.

/** Keys per statement at most. */
const MAX_BATCH = 500;
/** Statements of one kind in flight at once; later calls wait and are sent together when one returns. */
const IN_FLIGHT = 4;

interface Waiting<K, V> {
  key: K;
  resolve: (value: V) => void;
  reject: (error: unknown) => void;
}

/**
 * `load(key)` resolves with what `many(keys)` returned at the key's position; an `Error` there rejects that call
 * only, a failing statement rejects every call in it. With fewer than IN_FLIGHT statements running a call is
 * sent at once (with the calls of the same tick); under load calls queue behind the running statements and go
 * out as one, so many respondents saving at once share round trips and commits. Nothing is remembered between
 * statements: every call reads what is committed when its statement runs.
 */
export function batched<K, V>(many: (keys: K[]) => Promise<(V | Error)[]>): (key: K) => Promise<V> {
  const queue: Waiting<K, V>[] = [];
  let inFlight = 0;
  let scheduled = false;

  const send = () => {
    scheduled = false;
    while (queue.length > 0 && inFlight < IN_FLIGHT) {
      const batch = queue.splice(0, MAX_BATCH);
      inFlight++;
      many(batch.map((w) => w.key))
        .then(
          (values) => batch.forEach((w, i) => (values[i] instanceof Error ? w.reject(values[i]) : w.resolve(values[i] as V))),
          (error: unknown) => batch.forEach((w) => w.reject(error)),
        )
        .finally(() => {
          inFlight--;
          send();
        });
    }
  };

  return (key) =>
    new Promise<V>((resolve, reject) => {
      queue.push({ key, resolve, reject });
      if (!scheduled && inFlight < IN_FLIGHT) {
        scheduled = true;
        queueMicrotask(send);
      }
    });
}

/** Rows grouped by `keyOf`, in the statement's order; `[]` for a key without rows. */
export function groupBy<R, V>(keys: readonly string[], rows: R[], keyOf: (row: R) => string, valueOf: (row: R) => V): V[][] {
  const map = new Map<string, V[]>(keys.map((k) => [k, []]));
  for (const r of rows) map.get(keyOf(r))?.push(valueOf(r));
  return keys.map((k) => map.get(k) ?? []);
}

/** A Map or a WeakMap. */
interface Memo<K, V> {
  has(key: K): boolean;
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** The value kept in `map` for `key`, made and kept on first ask (an undefined value counts as kept). */
export function remember<K, V>(map: Memo<K, V>, key: K, make: () => V): V {
  if (map.has(key)) return map.get(key) as V;
  const value = make();
  map.set(key, value);
  return value;
}

/** The value kept in `map` for `key`, made and kept on first ask (an undefined value counts as kept). */
export function remember<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  if (map.has(key)) return map.get(key) as V;
  const value = make();
  map.set(key, value);
  return value;
}

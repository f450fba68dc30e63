/** Paths: whether one lies in another. */
import { isAbsolute, relative } from "node:path";

/** `inner` is `outer` itself or lies inside it (both absolute, resolved). */
export function isWithin(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

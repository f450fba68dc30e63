/** "Menade du …?": the candidates closest to a misspelt id or name. */
import { distance } from "fastest-levenshtein";

function fold(s: string): string {
  return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\s_–—-]+/g, "-");
}

/** Up to `max` candidates within an edit distance that grows with the length of the word. */
export function closest(value: string, candidates: Iterable<string>, max = 3): string[] {
  const v = fold(value);
  const limit = Math.max(2, Math.floor(v.length / 4));
  const scored: { c: string; d: number }[] = [];
  for (const c of candidates) {
    const f = fold(c);
    const d = f === v ? 0 : f.startsWith(v) || v.startsWith(f) ? Math.min(distance(v, f), 1) : distance(v, f);
    if (d <= limit) scored.push({ c, d });
  }
  return scored.sort((a, b) => a.d - b.d || (a.c < b.c ? -1 : 1)).slice(0, max).map((s) => s.c);
}

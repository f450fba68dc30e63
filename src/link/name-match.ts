/**
 * Names of the registry in running text: is a run of words an organisation, role or group name as
 * Swedish writes it (any case, definite/plural/genitive endings), or a near miss of one ("Folk
 * tandvården", "Hälsa- och sjukvårdsutvecklingsdirektören", "hälso- och utvecklingsdirektör")?
 *
 * Kept strict so that ordinary text is never reported: a near miss is the same words written with
 * other spaces or hyphens, one word one letter off (two in a long word), or one word that lost the
 * head of its compound ("sjukvårds|utvecklingsdirektör").
 */
import { distance } from "fastest-levenshtein";

export interface CanonicalName {
  kind: "organisation" | "role" | "group";
  id: string;
  /** The registry's name of the entry (for the message). */
  name: string;
  /** The form matched against: the name or one of the short names. */
  text: string;
}

export interface NameHit {
  name: CanonicalName;
  /** Offset and length of the words in the searched text. */
  offset: number;
  length: number;
  /** The words as written, whitespace collapsed. */
  actual: string;
  /** The registry's form, inflected and capitalised like the text. */
  suggestion: string;
}

interface Token {
  /** Folded: lower case, dashes as "-", punctuation at the edges removed. */
  word: string;
  /** The word as written (edges removed). */
  raw: string;
  start: number;
  end: number;
  /** Punctuation was cut from the front or back: a run of words must not cross it. */
  cutBefore: boolean;
  cutAfter: boolean;
}

interface Prepared {
  name: CanonicalName;
  words: string[];
  raw: string[];
  joined: string;
}

/** Endings a noun or adjective takes after the registry's (indefinite or definite) form. */
const SUFFIXES = [
  "", "s", "n", "ns", "en", "ens", "et", "ets", "t", "ts", "na", "nas", "er", "ers", "erna", "ernas",
  "ar", "ars", "arna", "arnas", "or", "ors", "orna", "ornas", "r", "rna", "a", "as", "e", "es",
];
/** Endings removed from the registry's form before an ending is added ("Regionhälsan" → "regionhälsa"). */
const STRIP = ["erna", "arna", "orna", "en", "et", "na", "n", "t", "a", "e", "s"];

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const EDGE_BEFORE = /^[("“”'‘’«»[{/]+/;
const EDGE_AFTER = /[)"“”'‘’«»\]},.;:!?/]+$/;

function fold(s: string): string {
  return s.normalize("NFC").replace(/\u00AD/g, "").replace(DASHES, "-").toLowerCase();
}

/** Minimum folded length of a name to be looked for: short names (VGR, SU, PPR) are only ever exact. */
const MIN_LENGTH = 6;

export function prepare(names: CanonicalName[]): Prepared[] {
  return names
    .map((name) => {
      const raw = name.text.trim().split(/\s+/);
      const words = raw.map(fold);
      return { name, words, raw, joined: words.join("").replace(/-/g, "") };
    })
    .filter((p) => p.joined.length >= MIN_LENGTH && /\p{L}/u.test(p.joined));
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let breakBefore = false;
  for (const m of text.matchAll(/[^\s\u00A0\u202F]+/g)) {
    const whole = m[0];
    // A dash or other punctuation standing alone ("Eira-kansliet – inköp", a list's "-") separates.
    if (!/[\p{L}\p{N}&]/u.test(whole)) {
      const previous = out.at(-1);
      if (previous) previous.cutAfter = true;
      breakBefore = true;
      continue;
    }
    const lead = EDGE_BEFORE.exec(whole)?.[0].length ?? 0;
    const rest = whole.slice(lead);
    const trail = EDGE_AFTER.exec(rest)?.[0].length ?? 0;
    const raw = rest.slice(0, rest.length - trail);
    const start = m.index + lead;
    out.push({ word: fold(raw), raw, start, end: start + raw.length, cutBefore: lead > 0 || breakBefore, cutAfter: trail > 0 });
    breakBefore = false;
  }
  return out;
}

/** Stems of a registry word that an ending may follow, longest first. */
function stems(word: string): string[] {
  const out = [word];
  for (const s of STRIP) if (word.endsWith(s) && word.length - s.length >= 3) out.push(word.slice(0, -s.length));
  return out;
}

/** The stem and ending that make `written` an inflected form of the registry word, if any. */
function inflection(written: string, canonical: string): { stem: string; ending: string } | undefined {
  for (const stem of stems(canonical)) {
    if (written.startsWith(stem) && SUFFIXES.includes(written.slice(stem.length))) return { stem, ending: written.slice(stem.length) };
  }
  return undefined;
}

/**
 * Smallest edit distance between `written` and an inflected form of the registry word, and the form
 * to suggest: the registry word with the written ending when that is what the writer meant, else the
 * registry word as is.
 */
function nearInflection(written: string, canonical: string): { d: number; stem: string; ending: string } {
  let d = Infinity;
  for (const stem of stems(canonical)) {
    for (const ending of SUFFIXES) {
      if (written.endsWith(ending)) d = Math.min(d, distance(written.slice(0, written.length - ending.length), stem));
    }
  }
  // The ending that brings the word closest to the registry's, "" when none is closer than the word itself.
  let ending = "";
  let closest = distance(written, canonical);
  for (const e of SUFFIXES) {
    if (!e || !written.endsWith(e)) continue;
    const de = distance(written.slice(0, written.length - e.length), canonical);
    if (de < closest) [ending, closest] = [e, de];
  }
  return { d, stem: canonical, ending };
}

/** How many letters a word may be off: one in a word of five or more letters, two from twelve. */
function allowedEdits(word: string): number {
  return word.length >= 12 ? 2 : word.length >= 5 ? 1 : 0;
}

type Verdict =
  | { same: true }
  | { same: false; words: string[]; score: number };

/** The registry's word with the written ending: "Hälso-" stays, "sjukvårdsutvecklingsdirektör" + "en". */
function inflect(raw: string, folded: string, e?: { stem: string; ending: string }): string {
  return e ? raw.slice(0, raw.length - (folded.length - e.stem.length)) + e.ending : raw;
}

/**
 * Compare a run of words with a name. `same`: the name, inflected. Otherwise the registry's words,
 * inflected like the run, as the suggestion, with a score (lower is closer); undefined when the run
 * is not close at all.
 */
function compare(run: Token[], p: Prepared): Verdict | undefined {
  const n = p.words.length;
  const joined = run.map((t) => t.word).join("").replace(/-/g, "");
  const last = n - 1;
  if (run.length === n) {
    const endings = run.map((t, i) => inflection(t.word, p.words[i]!));
    const off = endings.flatMap((e, i) => (e ? [] : [i]));
    if (off.length === 0) return { same: true };
    const words = (changed?: { i: number; e: { stem: string; ending: string } }) =>
      p.raw.map((raw, j) => inflect(raw, p.words[j]!, changed?.i === j ? changed.e : endings[j]));
    // The same letters with other hyphens: "Hälso och sjukvård".
    const respaced = sameJoined(joined, p);
    if (respaced) return { same: false, words: words({ i: last, e: respaced }), score: 0 };
    if (off.length !== 1) return undefined;
    const i = off[0]!;
    const written = run[i]!.word;
    const canonical = p.words[i]!;
    const limit = n === 1 ? (canonical.length >= 10 ? 1 : 0) : allowedEdits(canonical);
    const near = nearInflection(written, canonical);
    if (near.d > 0 && near.d <= limit) return { same: false, words: words({ i, e: near }), score: near.d };
    // A compound that lost its head, the word after "hälso- och": "utvecklingsdirektör" for
    // "sjukvårdsutvecklingsdirektör". Not the first word: a run may simply start inside a compound.
    if (i > 0 && n >= 3) {
      for (const ending of SUFFIXES) {
        if (!written.endsWith(ending)) continue;
        const tail = written.slice(0, written.length - ending.length);
        for (const stem of stems(canonical)) {
          if (tail.length >= 5 && stem.length - tail.length >= 3 && stem.endsWith(tail)) {
            return { same: false, words: words({ i, e: { stem, ending } }), score: 3 };
          }
        }
      }
    }
    return undefined;
  }
  // Other word boundaries, same letters: "Folk tandvården", "Sjukhusen iväster".
  const respaced = sameJoined(joined, p);
  if (!respaced) return undefined;
  return { same: false, words: p.raw.map((raw, j) => inflect(raw, p.words[j]!, j === last ? respaced : undefined)), score: 0 };
}

/**
 * `joined` is the name with its spaces and hyphens removed, plus an ending on the last word; the
 * stem returned is that of the last word as the registry writes it (hyphens kept).
 */
function sameJoined(joined: string, p: Prepared): { stem: string; ending: string } | undefined {
  const head = p.words.slice(0, -1).join("").replace(/-/g, "");
  const lastWord = p.words.at(-1)!;
  if (!joined.startsWith(head)) return undefined;
  for (const stem of stems(lastWord)) {
    const bare = stem.replace(/-/g, "");
    const rest = joined.slice(head.length);
    if (rest.startsWith(bare) && SUFFIXES.includes(rest.slice(bare.length))) return { stem, ending: rest.slice(bare.length) };
  }
  return undefined;
}

/** Names of the registry in `text`, and near misses of them; the near misses are returned. */
export function findNearMisses(text: string, names: Prepared[]): NameHit[] {
  const tokens = tokenize(text);
  const same: { start: number; end: number }[] = [];
  const near: (NameHit & { score: number; end: number })[] = [];
  for (const p of names) {
    const n = p.words.length;
    for (let i = 0; i < tokens.length; i++) {
      for (let m = Math.max(1, n - 1); m <= n + 2 && i + m <= tokens.length; m++) {
        const run = tokens.slice(i, i + m);
        if (run.some((t, j) => (j > 0 && t.cutBefore) || (j < m - 1 && t.cutAfter))) break;
        // Cheap length filter before comparing.
        const len = run.reduce((s, t) => s + t.word.length, 0);
        if (len < p.joined.length * 0.6 || len > p.joined.length * 1.5 + 6) continue;
        const verdict = compare(run, p);
        if (!verdict) continue;
        const start = run[0]!.start;
        const end = run.at(-1)!.end;
        if (verdict.same) {
          same.push({ start, end });
          continue;
        }
        const suggestion = capitaliseLike(verdict.words.join(" "), run[0]!.raw, p.raw[0]!);
        near.push({
          name: p.name,
          offset: start,
          length: end - start,
          end,
          actual: text.slice(start, end).replace(/\s+/g, " "),
          suggestion,
          score: verdict.score,
        });
      }
    }
  }
  // A run that is (part of) a name written correctly is not a near miss of another name.
  const candidates = near
    .filter((h) => !same.some((s) => s.start <= h.offset && s.end >= h.end))
    .filter((h) => h.actual !== h.suggestion)
    .sort((a, b) => a.score - b.score || b.length - a.length || a.offset - b.offset);
  const kept: typeof candidates = [];
  for (const h of candidates) {
    if (kept.some((k) => k.offset < h.end && h.offset < k.end)) continue;
    kept.push(h);
  }
  return kept.sort((a, b) => a.offset - b.offset).map(({ score: _s, end: _e, ...hit }) => hit);
}

/** "Hälso- och …" at the start of a sentence, "hälso- och …" inside one; "FoU-chef", "NU-sjukvården" stay. */
function capitaliseLike(suggestion: string, written: string, canonical: string): string {
  const titleCase = /^\p{Lu}\p{Ll}/u.test(canonical);
  if (!titleCase) return suggestion;
  if (/^\p{Ll}/u.test(written)) return suggestion[0]!.toLowerCase() + suggestion.slice(1);
  return suggestion;
}

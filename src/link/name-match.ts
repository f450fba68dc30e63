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
  /** The folded word without its hyphens: its letters, as a name's run together. */
  bare: string;
  /** The word as written (edges removed). */
  raw: string;
  start: number;
  end: number;
  /** Punctuation was cut from the front or back: a run of words must not cross it. */
  cutBefore: boolean;
  cutAfter: boolean;
}

interface Prepared {
  /** Position in the registry order. */
  index: number;
  name: CanonicalName;
  words: string[];
  raw: string[];
  joined: string;
  /** What the letters of a respaced name start with (sameJoined): the head and the last word's shortest stem. */
  joinedStart?: string;
}

/** Endings a noun or adjective takes after the registry's (indefinite or definite) form. */
const SUFFIXES = [
  "", "s", "n", "ns", "en", "ens", "et", "ets", "t", "ts", "na", "nas", "er", "ers", "erna", "ernas",
  "ar", "ars", "arna", "arnas", "or", "ors", "orna", "ornas", "r", "rna", "a", "as", "e", "es",
];
/** Endings removed from the registry's form before an ending is added ("Regionhälsan" → "regionhälsa"). */
const STRIP = ["erna", "arna", "orna", "en", "et", "na", "n", "t", "a", "e", "s"];
const ENDINGS = new Set(SUFFIXES);

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const EDGE_BEFORE = /^[("“”'‘’«»[{/]+/;
const EDGE_AFTER = /[)"“”'‘’«»\]},.;:!?/]+$/;

function fold(s: string): string {
  return s.normalize("NFC").replace(/\u00AD/g, "").replace(DASHES, "-").toLowerCase();
}

/** Minimum folded length of a name to be looked for: short names (VGR, SU, PPR) are only ever exact. */
const MIN_LENGTH = 6;

/**
 * The names, indexed by what a run of words must start with to be compared at all, so that a text
 * is compared with the few names it could match rather than with every name at every word.
 */
export interface PreparedNames {
  list: Prepared[];
  /** Word j of a name, by its shortest stem (every inflection of the word starts with it); two words per name. */
  byWordStem: Map<string, { p: Prepared; j: number }[]>;
  /** Names by how their letters run together start (the head and the last word's shortest stem, capped). */
  byJoinedStart: Map<string, Prepared[]>;
  /** The key lengths present in each map, so a word is looked up only at those lengths. */
  stemLengths: number[];
  joinedLengths: number[];
  /**
   * Every key's starts at those lengths: a word whose start at one length is none of them matches
   * no key at that length or a longer one, and most words of a text stop there, at the first.
   */
  stemStarts: Set<string>;
  joinedStarts: Set<string>;
  /**
   * One-word names long enough for a near miss anywhere in the word, which no prefix can find, with
   * the lengths a word one edit from one of their inflected forms can have.
   */
  singles: Map<Prepared, { min: number; max: number; parts: StemParts[] }>;
  /** nearInflection is the costly step; the same word meets the same name word again and again. */
  nearCache: Map<string, { d: number; stem: string; ending: string }>;
  /** A single word against a long one-word name: the verdict depends on the two words only. */
  singleCache: Map<Prepared, Map<string, Verdict | undefined>>;
}

/** A longer key says more, but every key must be a prefix of what it stands for. */
const JOINED_KEY = 8;

/**
 * Words that running Swedish text is full of: a name is looked for by them only when it has no
 * others ("Sjukhusen i väster" by "sjukhusen" and "väster", not at every "i" of a text).
 */
const COMMON_WORDS = new Set(["&", "och", "i", "för", "inom", "av", "hos", "på", "med", "till", "om", "vid", "från", "samt", "mot", "under", "över", "en", "ett", "den", "det", "de", "som", "att"]);

export function prepare(names: CanonicalName[]): PreparedNames {
  const list = names
    .map((name) => {
      const raw = name.text.trim().split(/\s+/);
      const words = raw.map(fold);
      return { name, words, raw, joined: words.join("").replace(/-/g, "") };
    })
    .filter((p) => p.joined.length >= MIN_LENGTH && /\p{L}/u.test(p.joined))
    .map((p, index): Prepared => ({ ...p, index }));
  const byWordStem = new Map<string, { p: Prepared; j: number }[]>();
  const byJoinedStart = new Map<string, Prepared[]>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);
  // stems() lists prefixes of the word, longest first: the last is a prefix of every inflection.
  const shortestStem = (word: string) => stems(word).at(-1)!;
  const namesWith = new Map<string, number>();
  for (const p of list) for (const stem of new Set(p.words.map(shortestStem))) namesWith.set(stem, (namesWith.get(stem) ?? 0) + 1);
  for (const p of list) {
    // compare() needs all words of a name but one inflected, so any two of them are enough to look
    // for: take the two that fewest names share ("17" and "syntetisk", not "grupp"), and no common
    // word where the name has others ("i", "och"). The choice changes the work, never the result.
    const ranked = p.words
      .map((word, j) => {
        const stem = shortestStem(word);
        const exact = p.words.length > 1 && allowedEdits(word) === 0 && word !== "och" && word !== "&";
        return { j, stem, exact, cost: namesWith.get(stem)! + (COMMON_WORDS.has(word) ? list.length : 0) };
      })
      .sort((x, y) => x.cost - y.cost || y.stem.length - x.stem.length || x.j - y.j);
    // A short word may not be off by a letter, so compare() finds nothing where it is missing: that one
    // word is enough to look for, when fewer names share it than the two others.
    const exact = ranked.find((w) => w.exact);
    const two = ranked.slice(0, 2);
    const count = (words: { cost: number }[]) => words.reduce((sum, w) => sum + w.cost, 0);
    for (const { j, stem } of exact && count([exact]) < count(two) ? [exact] : two) push(byWordStem, stem, { p, j });
    const head = p.words.slice(0, -1).join("").replace(/-/g, "");
    const shortest = stems(p.words.at(-1)!).at(-1)!.replace(/-/g, "");
    p.joinedStart = head + shortest;
    push(byJoinedStart, p.joinedStart.slice(0, JOINED_KEY), p);
  }
  const lengths = (map: Map<string, unknown>) => [...new Set([...map.keys()].map((k) => k.length))].sort((x, y) => x - y);
  const starts = (map: Map<string, unknown>, at: number[]) => new Set([...map.keys()].flatMap((key) => at.filter((l) => l <= key.length).map((l) => key.slice(0, l))));
  const stemLengths = lengths(byWordStem);
  const joinedLengths = lengths(byJoinedStart);
  const longest = Math.max(...SUFFIXES.map((e) => e.length));
  const singles = new Map(
    list
      .filter((p) => p.words.length === 1 && p.words[0]!.length >= 10)
      .map((p) => {
        const wordStems = stems(p.words[0]!);
        const stemLengths = wordStems.map((stem) => stem.length);
        return [p, { min: Math.min(...stemLengths) - 1, max: Math.max(...stemLengths) + longest + 1, parts: wordStems.map(stemParts) }] as const;
      }),
  );
  return {
    list,
    byWordStem,
    byJoinedStart,
    stemLengths,
    joinedLengths,
    stemStarts: starts(byWordStem, stemLengths),
    joinedStarts: starts(byJoinedStart, joinedLengths),
    singles,
    nearCache: new Map(),
    singleCache: new Map(),
  };
}

/** A stem's halves (and its letters without hyphens), for mayBeNear. */
interface StemParts {
  head: string;
  tail: string;
  bareHead: string;
}

function stemParts(stem: string): StemParts {
  const half = (s: string) => Math.floor((s.length - 1) / 2);
  const bare = stem.replace(/-/g, "");
  return { head: stem.slice(0, half(stem)), tail: stem.slice(half(stem) + 1), bareHead: bare.slice(0, Math.floor(bare.length / 2)) };
}

/**
 * Whether compare() can find anything for a single word against a one-word name (cheap; compare
 * itself measures edit distances to every inflected form). compare needs the word, less an ending,
 * within one edit of a stem (or the word's letters to start with a stem's): with one edit at most,
 * the stem's head (before the middle) starts the word or its tail (after the middle) is in the word,
 * whichever side of the edit it is on.
 */
function mayBeNear(word: string, parts: readonly StemParts[]): boolean {
  for (const { head, tail, bareHead } of parts) {
    if (word.startsWith(head) || word.includes(tail)) return true;
    if (word.replace(/-/g, "").startsWith(bareHead)) return true;
  }
  return false;
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
    const word = fold(raw);
    out.push({ word, bare: word.replace(/-/g, ""), raw, start, end: start + raw.length, cutBefore: lead > 0 || breakBefore, cutAfter: trail > 0 });
    breakBefore = false;
  }
  return out;
}

const STEMS = new Map<string, string[]>();

/** Stems of a registry word that an ending may follow, longest first (few words, asked often: kept). */
function stems(word: string): string[] {
  let out = STEMS.get(word);
  if (out) return out;
  out = [word];
  for (const s of STRIP) if (word.endsWith(s) && word.length - s.length >= 3) out.push(word.slice(0, -s.length));
  STEMS.set(word, out);
  return out;
}

/** The stem and ending that make `written` an inflected form of the registry word, if any. */
function inflection(written: string, canonical: string): { stem: string; ending: string } | undefined {
  for (const stem of stems(canonical)) {
    if (written.startsWith(stem) && ENDINGS.has(written.slice(stem.length))) return { stem, ending: written.slice(stem.length) };
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
function compare(run: Token[], p: Prepared, cache: PreparedNames["nearCache"]): Verdict | undefined {
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
    // "Habilitering och Hälsa" for "Habilitering & Hälsa": the ampersand is part of the name.
    if ((written === "och" && canonical === "&") || (written === "&" && canonical === "och")) {
      return { same: false, words: words({ i, e: { stem: canonical, ending: "" } }), score: 1 };
    }
    const limit = n === 1 ? (canonical.length >= 10 ? 1 : 0) : allowedEdits(canonical);
    const key = `${written}\u0000${canonical}`;
    let near = cache.get(key);
    if (!near) cache.set(key, (near = nearInflection(written, canonical)));
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
    if (rest.startsWith(bare) && ENDINGS.has(rest.slice(bare.length))) return { stem, ending: rest.slice(bare.length) };
  }
  return undefined;
}

/** What can start at a token for one name: one of its two looked-for words inflected, its letters. */
interface Anchor {
  word: boolean;
  joined: boolean;
}

/**
 * For each name, the token indexes where compare() could find something: all words inflected
 * (same) or all but one (a near miss of one word, a compound that lost its head), so one of any two
 * of its words; or the run's letters starting like the name's (the same letters spaced otherwise). A one-word name long
 * enough for a near miss anywhere in the word is compared with single words apart from this.
 */
function anchorsOf(tokens: Token[], names: PreparedNames): Map<Prepared, Map<number, Anchor>> {
  const out = new Map<Prepared, Map<number, Anchor>>();
  const at = (p: Prepared, i: number): Anchor => {
    let byStart = out.get(p);
    if (!byStart) out.set(p, (byStart = new Map()));
    let anchor = byStart.get(i);
    if (!anchor) byStart.set(i, (anchor = { word: false, joined: false }));
    return anchor;
  };
  tokens.forEach((t, k) => {
    for (const l of names.stemLengths) {
      if (l > t.word.length) break;
      const start = t.word.slice(0, l);
      if (!names.stemStarts.has(start)) break;
      for (const { p, j } of names.byWordStem.get(start) ?? []) if (k - j >= 0) at(p, k - j).word = true;
    }
    let letters = "";
    let q = k;
    // As many letters as a name's start needs: names that share their first letters ("Samordningsråd …") are told apart here.
    const lettersFor = (length: number) => {
      for (; q < tokens.length && letters.length < length; q++) letters += tokens[q]!.bare;
      return letters;
    };
    lettersFor(JOINED_KEY);
    for (const l of names.joinedLengths) {
      if (l > letters.length) break;
      const start = letters.slice(0, l);
      if (!names.joinedStarts.has(start)) break;
      for (const p of names.byJoinedStart.get(start) ?? []) {
        if (lettersFor(p.joinedStart!.length).startsWith(p.joinedStart!)) at(p, k).joined = true;
      }
    }
  });
  return out;
}

/** Names of the registry in `text`, and near misses of them; the near misses are returned. */
export function findNearMisses(text: string, names: PreparedNames): NameHit[] {
  const tokens = tokenize(text);
  const same: { start: number; end: number }[] = [];
  const near: (NameHit & { score: number; end: number })[] = [];
  const record = (p: Prepared, first: Token, last: Token, verdict: Verdict) => {
    if (verdict.same) {
      same.push({ start: first.start, end: last.end });
      return;
    }
    near.push({
      name: p.name,
      offset: first.start,
      length: last.end - first.start,
      end: last.end,
      actual: text.slice(first.start, last.end).replace(/\s+/g, " "),
      suggestion: capitaliseLike(verdict.words.join(" "), first.raw, p.raw[0]!),
      score: verdict.score,
    });
  };
  const anchors = anchorsOf(tokens, names);
  // The names met here, in registry order, as ties between names are broken by it below.
  const met = [...new Set([...anchors.keys(), ...names.singles.keys()])].sort((x, y) => x.index - y.index);
  for (const p of met) {
    const from = anchors.get(p);
    const n = p.words.length;
    for (const [i, anchor] of [...(from ?? [])].sort((x, y) => x[0] - y[0])) {
      for (let m = Math.max(1, n - 1); m <= n + 2 && i + m <= tokens.length; m++) {
        // Other lengths than the name's can only be the name respaced; the name's own length needs
        // all its words inflected but one (or a one-word name's near miss, compared below).
        if (!anchor.joined && !(m === n && anchor.word)) continue;
        const run = tokens.slice(i, i + m);
        if (run.some((t, j) => (j > 0 && t.cutBefore) || (j < m - 1 && t.cutAfter))) break;
        // Cheap length filter before comparing.
        const len = run.reduce((s, t) => s + t.word.length, 0);
        if (len < p.joined.length * 0.6 || len > p.joined.length * 1.5 + 6) continue;
        const verdict = compare(run, p, names.nearCache);
        if (verdict) record(p, run[0]!, run.at(-1)!, verdict);
      }
    }
    // A long one-word name: a near miss can be any single word of about its length.
    const single = names.singles.get(p);
    if (!single) continue;
    let verdicts = names.singleCache.get(p);
    if (!verdicts) names.singleCache.set(p, (verdicts = new Map()));
    tokens.forEach((t, i) => {
      if (from?.has(i) || t.word.length < single.min || t.word.length > single.max) return;
      if (t.word.length < p.joined.length * 0.6 || t.word.length > p.joined.length * 1.5 + 6) return;
      let verdict = verdicts.get(t.word);
      if (verdict === undefined && !verdicts.has(t.word)) verdicts.set(t.word, (verdict = mayBeNear(t.word, single.parts) ? compare([t], p, names.nearCache) : undefined));
      if (verdict) record(p, t, t, verdict);
    });
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

/**
 * `written` is `name` as Swedish writes it: the same words in any case, each with an ending a noun
 * or adjective may take ("Regionhälsan", "hälso- och sjukvårdsutvecklingsdirektören"). For the
 * wording an original gives an id (as-written), where a near miss is a difference worth a word.
 */
export function writtenAs(written: string, name: string): boolean {
  const run = tokenize(written);
  const words = tokenize(name).map((t) => t.word);
  if (run.length === 0 || run.length !== words.length) return false;
  return run.every((t, i) => inflection(t.word, words[i]!) !== undefined);
}

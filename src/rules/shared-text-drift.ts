import { distance } from "fastest-levenshtein";
import { passages } from "../link/passages.js";
import { defineRule } from "../link/rule.js";
import { remember } from "../util/remember.js";
import type { Place } from "../diagnostics/diagnostic.js";
import type { Doc } from "../parse/doc.js";

/** A run of near-identical blocks worth a shared text: this many characters at least. */
const MIN_RUN = 400;
/** Two blocks are near-identical from this share of equal characters (edit distance). */
const SIMILAR = 0.9;

/** A passage with the id of its text; its optional fields always present (one object shape). */
interface Block {
  text: string;
  file: string;
  shared: string | undefined;
  place: Place | undefined;
  id: number;
}

/**
 * Which distinct block texts are near-identical, found once for the whole corpus: the texts are
 * sorted by length, so each is compared only with texts close enough in length, and a cheap lower
 * bound on the edit distance (the difference of their letter counts) skips most pairs before the
 * exact distance is computed. Identical texts share one id, so a passage repeated in many mandates
 * is compared once.
 */
class Similarity {
  private readonly ids = new Map<string, number>();
  private readonly written = new Map<string, number>();
  private readonly texts: string[] = [];
  private readonly pairs = new Set<number>();
  private readonly neighbours = new Map<number, number[]>();
  private readonly alikeOf = new Map<number, number[]>();

  /** Id of a passage's text, compared without case. */
  idOf(text: string): number {
    // Cached by the text as written: cached results share one copy of a repeated passage, so it is folded and hashed once.
    let id = this.written.get(text);
    if (id === undefined) this.written.set(text, (id = this.id(text.toLowerCase())));
    return id;
  }

  private id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.ids.set(text, id);
      this.texts.push(text);
    }
    return id;
  }

  /** Compare every pair of distinct texts; call once, after all ids are taken. */
  index(): void {
    const n = this.texts.length;
    const order = [...this.texts.keys()].sort((a, b) => this.texts[a]!.length - this.texts[b]!.length);
    const counts = this.texts.map(letterCounts);
    for (let i = 0; i < n; i++) {
      const a = order[i]!;
      const shorter = this.texts[a]!.length;
      for (let j = i + 1; j < n; j++) {
        const b = order[j]!;
        const longer = this.texts[b]!.length;
        if (shorter / longer < SIMILAR) break;
        if (1 - countsApart(counts[a]!, counts[b]!) / 2 / longer < SIMILAR) continue;
        if (1 - distance(this.texts[a]!, this.texts[b]!) / longer >= SIMILAR) {
          this.pairs.add(this.key(a, b));
          listOf(this.neighbours, a).push(b);
          listOf(this.neighbours, b).push(a);
        }
      }
    }
  }

  length(id: number): number {
    return this.texts[id]!.length;
  }

  /** The text itself and the texts near-identical to it. */
  alike(id: number): number[] {
    let alike = this.alikeOf.get(id);
    if (!alike) this.alikeOf.set(id, (alike = [id, ...(this.neighbours.get(id) ?? [])]));
    return alike;
  }

  similar(a: number, b: number): boolean {
    return a === b || this.pairs.has(this.key(a, b));
  }

  private key(a: number, b: number): number {
    return a < b ? a * this.texts.length + b : b * this.texts.length + a;
  }
}

/** The list kept under `key`, made empty on first use (appending in place: a text can be like thousands of others). */
function listOf(map: Map<number, number[]>, key: number): number[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

const BUCKETS = 64;

/** How often each character occurs, folded into buckets (a bound stays a bound when counts are merged). */
function letterCounts(text: string): Int32Array {
  const counts = new Int32Array(BUCKETS);
  for (let i = 0; i < text.length; i++) counts[text.charCodeAt(i) % BUCKETS]!++;
  return counts;
}

/** Each insertion or deletion changes this sum by one and each substitution by two at most: half of it is a lower bound on the edit distance. */
function countsApart(a: Int32Array, b: Int32Array): number {
  let sum = 0;
  for (let i = 0; i < BUCKETS; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum;
}

/**
 * Passages that two mandates say (nearly) alike without sharing a standard text: the drift a
 * shared text prevents. The later document of the two is told, with the earlier one, and the
 * include to use when the earlier one has the passage from a shared text.
 */
const rule = defineRule({
  id: "shared-text-drift",
  severity: "warning",
  stage: "link",
  description: {
    sv: "Två uppdragshandlingar har inte samma avsnitt (flera stycken, nästan ordagrant) var för sig; ett sådant avsnitt står i en gemensam standardtext som båda inkluderar.",
    en: "Two mandates do not each have the same passage (several paragraphs, nearly verbatim); such a passage is a shared standard text that both include.",
  },
  messages: {
    drift: {
      sv: "Avsnittet från \"{{start}}\" ({{count}} stycken) är nästan likadant i {{other}}, men dokumenten delar ingen standardtext.",
      en: "The passage from \"{{start}}\" ({{count}} paragraphs) is nearly the same in {{other}}, but the documents share no standard text.",
      note: {
        sv: "Lägg avsnittet i mandates/standardtexter/ och inkludera det i båda med <!-- mandat:include mandates/standardtexter/namn.md -->, så att texterna inte glider isär; skillnader anges med deviations:.",
        en: "Put the passage in mandates/standardtexter/ and include it in both with <!-- mandat:include mandates/standardtexter/name.md -->, so that the texts do not drift apart; differences go in deviations:.",
      },
    },
    driftShared: {
      sv: "Avsnittet från \"{{start}}\" ({{count}} stycken) är nästan likadant som standardtexten {{shared}}, som {{other}} inkluderar.",
      en: "The passage from \"{{start}}\" ({{count}} paragraphs) is nearly the same as the standard text {{shared}}, which {{other}} includes.",
      note: {
        sv: "Ersätt avsnittet med <!-- mandat:include {{shared}} --> och ange det som skiljer med deviations:.",
        en: "Replace the passage with <!-- mandat:include {{shared}} --> and give what differs in deviations:.",
      },
    },
  },
  phrases: {
    alsoHere: { sv: "nästan likadant här", en: "nearly the same here" },
  },
  check(ctx) {
    const similarity = new Similarity();
    const textSets = new Interner();
    const docs: Mandate[] = ctx.documents
      .filter((d) => d.type === "uppdragshandling")
      .sort((x, y) => (x.path < y.path ? -1 : 1))
      .map((doc: Doc) => {
        // One shape for every block (no spread of the passage's optional fields): thousands are made per run.
        const blocks = passages(doc).map((p): Block => ({ text: p.text, file: p.file, shared: p.shared, place: p.place, id: similarity.idOf(p.text) }));
        const ids = new Set(blocks.map((x) => x.id));
        return { doc, blocks, ids, texts: textSets.id(keyOf([...ids])) };
      });
    if (docs.length < 2) return;
    similarity.index();
    // Whether a run is possible depends only on the own texts of the one document and the texts of the
    // other: worked out once per such pair (copies of one mandate hold the same texts).
    const possible = new Map<number, boolean>();
    const owns = new Interner();
    // The documents holding each set of texts, in path order.
    const holders = new Map<number, number[]>();
    docs.forEach((doc, at) => listOf(holders, doc.texts).push(at));
    // Which documents a document with these own texts may share a run with (the same for every such
    // document): only those need looking at, in path order, instead of every document each time.
    const candidatesOf = new Map<number, number[]>();
    for (const [index, mine] of docs.entries()) {
      const own = mine.blocks.filter((x) => !x.shared);
      if (own.length === 0) continue;
      const includes = new Set(mine.blocks.filter((x) => x.shared).map((x) => x.shared!));
      // A document is compared only with those that hold a text like one of its own, in path order; the
      // first that shares a run is told. Asked per document (not marked for all up front), so the search
      // stops there: marking every holder of every text costs documents × documents when mandates share a lot.
      const like = new Set<number>();
      for (const block of own) for (const id of similarity.alike(block.id)) like.add(id);
      const ownTexts = owns.id(keyOf(own.map((x) => x.id)));
      let candidates = candidatesOf.get(ownTexts);
      if (!candidates) {
        const lists: number[][] = [];
        for (const [texts, members] of holders) {
          const pair = ownTexts * docs.length + texts;
          // Any holder of the set answers for all of them (the one document itself included: it holds the same texts).
          const holder = docs[members[0]!]!;
          if (remember(possible, pair, () => holdsAny(holder.ids, like) && runPossible(own, holder, similarity))) lists.push(members);
        }
        candidates = lists.length === 1 ? lists[0]! : lists.flat().sort((a, b) => a - b);
        candidatesOf.set(ownTexts, candidates);
      }
      for (const at of candidates) {
        if (at === index) continue;
        const other = docs[at]!;
        // An earlier document is told of two documents' own texts alike; only a shared text is told here.
        if (at > index && !other.blocks.some((x) => x.shared && !includes.has(x.shared))) continue;
        const run = longestRun(own, other.blocks, includes, similarity);
        if (!run) continue;
        const shared = run.theirs.find((x) => x.shared)?.shared;
        if (!shared && at > index) continue;
        const first = run.mine[0]!;
        const start = first.text.slice(0, 60);
        ctx.report({
          file: first.file,
          ...(first.place && { place: first.place }),
          messageId: shared ? "driftShared" : "drift",
          data: { start: start.length === 60 ? `${start}…` : start, count: run.mine.length, other: other.doc.path, ...(shared && { shared }) },
          related: [{ file: run.theirs[0]!.file, ...(run.theirs[0]!.place && { place: run.theirs[0]!.place }), phrase: "alsoHere" }],
        });
        break;
      }
    }
  },
});

export default rule;

/** The ids in order, as one key (duplicates kept: each own block counts towards a run). */
function keyOf(ids: number[]): string {
  return ids.sort((a, b) => a - b).join(",");
}

/** A small number for each distinct key. */
class Interner {
  private readonly ids = new Map<string, number>();

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    return id;
  }
}

interface Mandate {
  doc: Doc;
  blocks: Block[];
  ids: Set<number>;
  /** Which set of texts it holds (documents holding the same texts share this number). */
  texts: number;
}

/** Whether the two sets have an element in common (looked up from the smaller). */
function holdsAny(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const id of small) if (large.has(id)) return true;
  return false;
}

/** A run of MIN_RUN characters needs that many characters of own blocks with a like block in the other document. */
function runPossible(own: Block[], other: Mandate, similarity: Similarity): boolean {
  let length = 0;
  for (const block of own) {
    if (similarity.alike(block.id).some((id) => other.ids.has(id))) length += similarity.length(block.id);
    if (length >= MIN_RUN) return true;
  }
  return false;
}

/** The longest run of consecutive own blocks that match consecutive blocks of the other document, if long enough. */
function longestRun(mine: Block[], theirs: Block[], sharedByMine: Set<string>, similarity: Similarity): { mine: Block[]; theirs: Block[] } | undefined {
  // Blocks that come from a text this document includes too are the same text, not drift.
  const candidates = theirs.filter((b) => !b.shared || !sharedByMine.has(b.shared));
  let best: { mine: Block[]; theirs: Block[]; length: number } | undefined;
  for (let a = 0; a < mine.length; a++) {
    for (let b = 0; b < candidates.length; b++) {
      let k = 0;
      let length = 0;
      while (a + k < mine.length && b + k < candidates.length && similarity.similar(mine[a + k]!.id, candidates[b + k]!.id)) {
        length += similarity.length(mine[a + k]!.id);
        k++;
      }
      if (k > 0 && length >= MIN_RUN && (!best || length > best.length)) best = { mine: mine.slice(a, a + k), theirs: candidates.slice(b, b + k), length };
    }
  }
  return best && { mine: best.mine, theirs: best.theirs };
}

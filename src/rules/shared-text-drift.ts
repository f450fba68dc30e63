import { distance } from "fastest-levenshtein";
import { passages } from "../link/passages.js";
import { defineRule } from "../link/rule.js";
import type { Doc, Passage } from "../parse/doc.js";

/** A run of near-identical blocks worth a shared text: this many characters at least. */
const MIN_RUN = 400;
/** Two blocks are near-identical from this share of equal characters (edit distance). */
const SIMILAR = 0.9;

type Block = Passage & { folded: string };

function similar(a: string, b: string): boolean {
  const longer = Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) / longer < SIMILAR) return false;
  return a === b || 1 - distance(a, b) / longer >= SIMILAR;
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
    const docs = ctx.documents
      .filter((d) => d.type === "uppdragshandling")
      .map((doc: Doc) => ({ doc, blocks: passages(doc).map((p) => ({ ...p, folded: p.text.toLowerCase() })) }))
      .sort((a, b) => (a.doc.path < b.doc.path ? -1 : 1));
    for (const mine of docs) {
      const own = mine.blocks.filter((b) => !b.shared);
      if (own.length === 0) continue;
      const includes = new Set(mine.blocks.filter((b) => b.shared).map((b) => b.shared!));
      for (const other of docs) {
        if (other === mine) continue;
        const run = longestRun(own, other.blocks, includes);
        if (!run) continue;
        const shared = run.theirs.find((b) => b.shared)?.shared;
        // Two documents' own texts alike: told once, in the later of the two.
        if (!shared && mine.doc.path < other.doc.path) continue;
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

/** The longest run of consecutive own blocks that match consecutive blocks of the other document, if long enough. */
function longestRun(mine: Block[], theirs: Block[], sharedByMine: Set<string>): { mine: Block[]; theirs: Block[] } | undefined {
  // Blocks that come from a text this document includes too are the same text, not drift.
  const candidates = theirs.filter((b) => !b.shared || !sharedByMine.has(b.shared));
  let best: { mine: Block[]; theirs: Block[]; length: number } | undefined;
  for (let a = 0; a < mine.length; a++) {
    for (let b = 0; b < candidates.length; b++) {
      let k = 0;
      let length = 0;
      while (a + k < mine.length && b + k < candidates.length && similar(mine[a + k]!.folded, candidates[b + k]!.folded)) {
        length += mine[a + k]!.folded.length;
        k++;
      }
      if (k > 0 && length >= MIN_RUN && (!best || length > best.length)) best = { mine: mine.slice(a, a + k), theirs: candidates.slice(b, b + k), length };
    }
  }
  return best && { mine: best.mine, theirs: best.theirs };
}

import { join } from "node:path";
import { parse } from "yaml";
import { mandateStatus } from "../doctypes/lifecycle.js";
import type { Mandate } from "../doctypes/mandate/data.generated.js";
import { defineRule } from "../link/rule.js";
import { gitBlobId, gitHistory, gitHistoryAsync, runAsync, runSync, type GitCall, type History, type Revision } from "../load/git-history.js";

/**
 * An adopted mandate is what was decided: its decision facts (date, decision maker, diarienummer) and
 * its decision-bearing content (the body and every frontmatter field but the editorial ones below)
 * stay as they were at the last adopted revision in git, unless a new decision (a later decision
 * date) is recorded. Reads git, so it runs over the corpus on every check and is never served from
 * the per-document cache (whose key does not include the history).
 */
const rule = defineRule({
  id: "decision-history",
  severity: "error",
  stage: "link",
  description: {
    sv: "En fastställd uppdragshandlings beslut och innehåll ändras bara genom ett nytt beslut (jämfört med git).",
    en: "An adopted mandate's decision and content change only with a new decision (compared with git).",
  },
  messages: {
    factChanged: {
      sv: "{{field}} har ändrats sedan den fastställda versionen (commit {{commit}}, {{date}}): var {{was}}, nu {{now}}. Beslutet är detsamma.",
      en: "{{field}} has changed since the adopted revision (commit {{commit}}, {{date}}): was {{was}}, now {{now}}. The decision is the same.",
      note: {
        sv: "Ett fastställt dokument ändras bara genom ett nytt beslut: ange det nya beslutet (decision.date), eller återställ värdet.",
        en: "An adopted document changes only by a new decision: record it (decision.date), or restore the value.",
      },
    },
    contentChanged: {
      sv: "Innehållet har ändrats sedan den fastställda versionen (commit {{commit}}, {{date}}) utan nytt beslut: {{fields}}.",
      en: "The content has changed since the adopted revision (commit {{commit}}, {{date}}) without a new decision: {{fields}}.",
      note: {
        sv: "Ett fastställt dokument ändras bara genom ett nytt beslut: ange det nya beslutsdatumet, eller återställ texten.",
        en: "An adopted document changes only by a new decision: record the new decision date, or restore the text.",
      },
    },
    decisionEarlier: {
      sv: "Beslutsdatumet {{now}} ligger före beslutet {{was}} i den fastställda versionen (commit {{commit}}).",
      en: "The decision date {{now}} is before the decision {{was}} of the adopted revision (commit {{commit}}).",
      note: { sv: "Ett nytt beslut kommer efter det förra; rätta datumet.", en: "A new decision comes after the previous one; correct the date." },
    },
  },
  phrases: {
    body: { sv: "brödtexten", en: "the body" },
    decidedBy: { sv: "Beslutsfattaren", en: "The decision maker" },
    diarienummer: { sv: "Diarienumret", en: "The diarienummer" },
  },
  /**
   * git log and the texts of earlier revisions, read without blocking while the documents are
   * parsed, for the files that look like adopted mandates (a `decision:` in their frontmatter, not
   * marked utkast). check() then reads from git only what this did not guess.
   */
  async readAhead({ root, cacheDir, documents }) {
    const likely = documents.filter((source) => looksAdopted(source.value));
    if (likely.length === 0) return undefined;
    const history = await gitHistoryAsync(join(root, "mandates"), cacheDir);
    const found = history ? await runAsync(lastAdopted(history, likely.map((source) => ({ doc: { source }, text: source.value })))) : [];
    const previous = new Map(found.map(({ doc, previous }) => [doc.source.absolute, previous]));
    return { history, walked: new Map(likely.map((source) => [source.absolute, { text: source.value, previous: previous.get(source.absolute) }])) } satisfies ReadAhead;
  },
  check(ctx) {
    if (!ctx.root) return;
    const adopted = ctx.ofType<Mandate>("uppdragshandling").filter(({ data }) => data.decision && mandateStatus(data) !== "utkast");
    if (adopted.length === 0) return;
    // Read while the documents were checked (readAhead above), or now.
    const ahead = ctx.readAhead as ReadAhead | undefined;
    const history = ahead ? ahead.history : gitHistory(join(ctx.root, "mandates"), ctx.cacheDir);
    if (!history) return;

    // What the read-ahead found for a document's text as it is now stands; the others are walked now.
    const candidates = adopted.map(({ doc }) => ({ doc, text: doc.source.value, ahead: ahead?.walked.get(doc.source.absolute) }));
    const known = candidates.filter((c) => c.ahead?.text === c.text);
    const found = [
      ...known.flatMap(({ doc, ahead }) => (ahead!.previous ? [{ doc, previous: ahead!.previous }] : [])),
      ...runSync(lastAdopted(history, candidates.filter((c) => c.ahead?.text !== c.text))),
    ];
    for (const { doc, previous } of found) {
      const data = doc.data as Mandate;
      const was = previous.data.decision!;
      const now = data.decision!;
      const at = { commit: previous.revision.commit.slice(0, 10), date: previous.revision.date };
      if (was.date !== now.date) {
        // A later decision date is a new decision: anything may change with it.
        if (now.date < was.date) ctx.report({ doc, path: ["decision", "date"], messageId: "decisionEarlier", data: { ...at, now: now.date, was: was.date } });
        continue;
      }
      if (!same(was.decidedBy, now.decidedBy)) {
        const show = (p: Mandate["decision"] & object) => [p.decidedBy.person, p.decidedBy.role, p.decidedBy.text].filter(Boolean).join(", ") || "–";
        ctx.report({ doc, path: ["decision", "decidedBy"], key: true, messageId: "factChanged", data: { ...at, field: ctx.phrase("decidedBy"), was: show(was), now: show(now) } });
      }
      if (previous.data.diarienummer !== data.diarienummer) {
        ctx.report({ doc, path: ["diarienummer"], messageId: "factChanged", data: { ...at, field: ctx.phrase("diarienummer"), was: String(previous.data.diarienummer), now: data.diarienummer } });
      }
      const fields = changedContent(previous.data, previous.body, data, bodyOf(doc.source.value));
      if (fields.length > 0) {
        const body = ctx.phrase("body");
        const list = (lang: "sv" | "en") => fields.map((f) => (f === BODY ? body[lang] : f)).join(", ");
        ctx.report({ doc, path: ["decision", "date"], messageId: "contentChanged", data: { ...at, fields: { sv: list("sv"), en: list("en") } } });
      }
    }
  },
});

export default rule;

/** Frontmatter fields that do not carry the decision: how the letter is titled, addressed and filed. */
const EDITORIAL = new Set(["$schema", "type", "status", "heading", "title", "date", "issuer", "caseOfficer", "letterFooter", "distribution", "repealed", "replaces", "reviewBy", "decision", "diarienummer"]);
const BODY = "\0body";

function changedContent(was: Mandate, wasBody: string, now: Mandate, nowBody: string): string[] {
  const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])].filter((k) => !EDITORIAL.has(k)).sort();
  const changed = keys.filter((k) => !same((was as unknown as Record<string, unknown>)[k], (now as unknown as Record<string, unknown>)[k]));
  for (const k of ["statement", "delegation"] as const) if (!same(was.decision?.[k], now.decision?.[k])) changed.push(`decision.${k}`);
  if (wasBody !== nowBody) changed.push(BODY);
  return changed;
}

interface ReadAhead {
  history: History | undefined;
  /** The walk's result for each file it looked at (absolute path): the text it walked for, and the adopted revision found. */
  walked: Map<string, { text: string; previous: Previous | undefined }>;
}

/** A frontmatter with a top-level `decision:` and no `status: utkast` (a guess: check() decides on the parsed data). */
function looksAdopted(text: string): boolean {
  const yaml = FRONTMATTER.exec(text)?.[1];
  return yaml !== undefined && /^decision:/m.test(yaml) && !/^status:\s*["']?utkast/m.test(yaml);
}

interface Candidate<D> {
  doc: D;
  text: string;
}

interface Previous {
  revision: Revision;
  data: Mandate;
  body: string;
}

/**
 * For each document, its newest adopted revision in git other than the text it has now (a document
 * committed as it is compares its last commit with the adopted one before). Revisions are read in
 * rounds: each round reads one more revision of every document still looking.
 */
function* lastAdopted<D extends { source: { absolute: string } }>(history: History, candidates: Candidate<D>[]): Generator<GitCall, { doc: D; previous: Previous }[], Buffer | undefined> {
  const found: { doc: D; previous: Previous }[] = [];
  let looking = candidates.map((c) => ({ ...c, revisions: history.revisions(c.doc.source.absolute), next: 0 }));
  // Revisions whose object is the text as it is now are that text: skipped without reading them.
  for (const c of looking) {
    const now = gitBlobId(c.text);
    while (c.next < c.revisions.length && c.revisions[c.next]!.blob === now) c.next++;
  }
  looking = looking.filter((c) => c.next < c.revisions.length);
  while (looking.length > 0) {
    const texts = yield* history.reading(looking.map((c) => c.revisions[c.next]!));
    const still: typeof looking = [];
    looking.forEach((c, i) => {
      const revision = c.revisions[c.next++]!;
      const text = texts[i]!;
      const data = text === c.text ? undefined : frontmatterOf(text);
      if (data && data.decision && typeof data.decision === "object" && mandateStatus(data) !== "utkast") {
        found.push({ doc: c.doc, previous: { revision, data, body: bodyOf(text) } });
      } else if (c.next < c.revisions.length) still.push(c);
    });
    looking = still;
  }
  return found;
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** An earlier revision's frontmatter as data (YAML as data only), or undefined when it does not parse. */
function frontmatterOf(text: string): Mandate | undefined {
  const yaml = FRONTMATTER.exec(text)?.[1];
  if (yaml === undefined) return undefined;
  try {
    const data = parse(yaml, { maxAliasCount: 50, uniqueKeys: true }) as unknown;
    return data && typeof data === "object" && !Array.isArray(data) ? (data as Mandate) : undefined;
  } catch {
    return undefined;
  }
}

/** The body as far as its meaning goes: no suppression comments, line endings or trailing spaces. */
function bodyOf(text: string): string {
  const match = FRONTMATTER.exec(text);
  const body = match ? text.slice(match[0].length) : text;
  return body
    .replace(/\r\n?/g, "\n")
    .replace(/<!--\s*mandat-disable-next-line[\s\S]*?-->\n?/g, "")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Deep equality of plain YAML data (key order does not matter). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => same(x, (b as unknown[])[i]));
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return same(ka, kb) && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

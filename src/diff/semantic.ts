/**
 * What changed between two snapshots, per document, in the words of the domain: "Ordförande: X → Y",
 * "Ny deltagare: …", "Mötesfrekvens ändrad", "Avsnittet Beslutsordning ändrat" with the sentences that
 * changed, new and removed documents and groups, status changes, and what else the change reaches:
 * the documents that refer to a changed group or register entry, and the PDFs to print again.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import type { CheckResult } from "../check.js";
import { mandateStatus, notesStatus } from "../doctypes/lifecycle.js";
import type { Registry } from "../link/registry.js";
import type { Doc } from "../parse/doc.js";

export interface Change {
  /** One line: what changed. */
  text: string;
  /** Removed and added sentences of a changed section. */
  removed?: string[];
  added?: string[];
}

export interface DocumentDiff {
  path: string;
  /** The group's name (or the document's title). */
  name: string;
  kind: "ny" | "borttagen" | "ändrad";
  changes: Change[];
  /** Other documents that refer to this document's group. */
  referencedBy: { path: string; name: string }[];
}

export interface RegistryChange {
  text: string;
  /** Documents that refer to the entry. */
  affects: string[];
}

export interface SemanticDiff {
  from: string;
  to: string;
  documents: DocumentDiff[];
  registry: RegistryChange[];
  /** PDFs whose content changes (pdf/<name>.pdf), for the build. */
  pdfs: string[];
}

type Data = Record<string, unknown>;
type Party = { person?: string; role?: string; group?: string; organisation?: string; organisations?: string[]; text?: string };

/** The Swedish titles of the schemas' top-level fields, for fields without a sentence of their own. */
const TITLES: Record<string, Record<string, string>> = Object.fromEntries(
  [
    ["uppdragshandling", "mandate"],
    ["motesanteckning", "meeting-notes"],
  ].map(([type, file]) => {
    const schema = JSON.parse(readFileSync(new URL(`../../schemas/${file}.schema.json`, import.meta.url), "utf8")) as { properties: Record<string, { title?: string }> };
    return [type, Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, v.title ?? k]))];
  }),
);

class Namer {
  constructor(private readonly registry: Registry) {}
  person = (id: string) => this.registry.people.get(id)?.value.name ?? id;
  role = (id: string) => this.registry.roles.get(id)?.value.name ?? id;
  group = (id: string) => this.registry.groups.get(id)?.value.name ?? id;
  organisation = (id: string) => this.registry.organisations.get(id)?.value.name ?? id;
  /** "Karin Looström Muth (Hälso- och sjukvårdsutvecklingsdirektör)", "Ledningsgrupp hälso- och sjukvård", or the text. */
  party = (p: Party | string | undefined): string => {
    if (p === undefined) return "–";
    if (typeof p === "string") return p;
    const who = p.person ? this.person(p.person) : p.role ? this.role(p.role) : p.group ? this.group(p.group) : p.organisation ? this.organisation(p.organisation) : undefined;
    const role = p.person && p.role ? ` (${this.role(p.role)})` : "";
    const where = p.organisations?.length ? ` från ${p.organisations.map(this.organisation).join(", ")}` : p.group && p.role ? `, ${this.group(p.group)}` : "";
    if (who) return `${who}${role}${where}`;
    return p.text ?? JSON.stringify(p);
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function docKey(doc: Doc): string {
  return doc.path;
}

function nameOf(doc: Doc, registry: Registry): string {
  const data = doc.data as Data | undefined;
  const group = typeof data?.group === "string" ? registry.groups.get(data.group)?.value.name : undefined;
  const title = typeof data?.title === "string" ? data.title : basename(doc.path, ".md");
  if (doc.type === "motesanteckning") return `Mötesanteckningar ${group ?? title} ${String(data?.date ?? "")}`.trim();
  return group ?? title;
}

/** Items added and removed between two lists, compared as the reader sees them. */
function listChange(before: unknown[] = [], after: unknown[] = [], describe: (x: unknown) => string): { added: string[]; removed: string[] } {
  const a = before.map(describe);
  const b = after.map(describe);
  return { added: b.filter((x) => !a.includes(x)), removed: a.filter((x) => !b.includes(x)) };
}

function frequency(f: Data | undefined): string {
  if (!f) return "–";
  const range = f.min === f.max ? `${f.approximate ? "cirka " : ""}${f.min}` : `${f.min}–${f.max}`;
  return `${range} gånger per ${f.per}`;
}

/** Sentences of a section: each list item and each sentence of a paragraph on its own. */
function sentences(nodes: RootContent[]): string[] {
  const out: string[] = [];
  const add = (text: string) => {
    for (const s of text.replace(/\s+/g, " ").trim().split(/(?<=[.!?:])\s+(?=[A-ZÅÄÖ0-9"(])/u)) if (s) out.push(s);
  };
  for (const node of nodes) {
    if (node.type === "list") for (const item of node.children) add(toString(item));
    else if (node.type !== "html") add(toString(node));
  }
  return out;
}

/** The body's top-level sections (## headings) with their sentences, subsections included. */
function sectionsOf(tree: Root | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!tree) return out;
  let current: string | undefined;
  let nodes: RootContent[] = [];
  const flush = () => {
    if (current !== undefined) out.set(current, sentences(nodes));
  };
  for (const node of tree.children) {
    if (node.type === "yaml") continue;
    if (node.type === "heading" && node.depth <= 2) {
      flush();
      current = toString(node);
      nodes = [];
    } else if (node.type === "heading") {
      nodes.push({ type: "paragraph", children: [{ type: "text", value: `${toString(node)}:` }] });
    } else if (current !== undefined) nodes.push(node);
  }
  flush();
  return out;
}

function fieldChanges(type: string | undefined, before: Data, after: Data, n: Namer): Change[] {
  const changes: Change[] = [];
  const done = new Set<string>(["$schema", "type"]);
  const handled = (key: string, fn: () => void) => {
    done.add(key);
    if (!same(before[key], after[key])) fn();
  };
  const listed = (key: string, describe: (x: unknown) => string, addedWord: string, removedWord: string, inner?: (d: Data) => unknown[] | undefined) =>
    handled(key, () => {
      const get = inner ?? ((d: Data) => d[key] as unknown[] | undefined);
      const { added, removed } = listChange(get(before), get(after), describe);
      for (const a of added) changes.push({ text: `${addedWord}: ${a}` });
      for (const r of removed) changes.push({ text: `${removedWord}: ${r}` });
      if (added.length === 0 && removed.length === 0) changes.push({ text: `${TITLES[type ?? ""]?.[key] ?? key} ändrad (ordning eller formulering)` });
    });
  const party = (key: string, label: string) =>
    handled(key, () => {
      const a = n.party(before[key] as Party | undefined);
      const b = n.party(after[key] as Party | undefined);
      changes.push({ text: a === b ? `${label}: formuleringen ändrad` : `${label}: ${a} → ${b}`, ...(a === b && textChange(before[key], after[key])) });
    });

  if (type === "uppdragshandling") {
    done.add("status");
    const s0 = mandateStatus(before as never);
    const s1 = mandateStatus(after as never);
    if (s0 !== s1) changes.push({ text: `Status: ${s0} → ${s1}` });
    party("commissioner", "Uppdragsgivare");
    party("assignee", "Uppdragstagare");
    party("chair", "Ordförande");
    party("contactPerson", "Kontaktperson");
    listed("participants", (x) => n.party(x as Party), "Ny deltagare", "Deltagare borttagen", (d) => (d.participants as { items?: unknown[] } | undefined)?.items);
    handled("meetingFrequency", () => {
      const a = frequency(before.meetingFrequency as Data | undefined);
      const b = frequency(after.meetingFrequency as Data | undefined);
      changes.push({ text: a === b ? "Mötesfrekvens ändrad (formuleringen)" : `Mötesfrekvens ändrad: ${a} → ${b}`, ...textChange(before.meetingFrequency, after.meetingFrequency) });
    });
    listed("reportsTo", (x) => n.party(x as Party), "Rapporterar nu till", "Rapporterar inte längre till");
    listed("related", (x) => n.group(String(x)), "Nytt samband med", "Inget samband längre med");
    listed("distribution", (x) => n.party(x as Party), "Ny mottagare", "Mottagare borttagen");
    listed("documents", (x) => String(x), "Ny hänvisning till", "Hänvisning borttagen till");
    handled("decision", () => {
      const a = before.decision as { date?: string; decidedBy?: Party } | undefined;
      const b = after.decision as { date?: string; decidedBy?: Party } | undefined;
      if (!a && b) changes.push({ text: `Beslut fattat ${b.date} av ${n.party(b.decidedBy)}` });
      else if (a && !b) changes.push({ text: "Beslutet borttaget" });
      else if (a?.date !== b?.date) changes.push({ text: `Beslutsdatum: ${a?.date} → ${b?.date}` });
      else changes.push({ text: `Beslutsfattare: ${n.party(a?.decidedBy)} → ${n.party(b?.decidedBy)}` });
    });
  }
  if (type === "motesanteckning") {
    done.add("status");
    const s0 = notesStatus(before as never);
    const s1 = notesStatus(after as never);
    if (s0 !== s1) changes.push({ text: `Status: ${s0} → ${s1}` });
    listed("attendees", (x) => n.person((x as { person: string }).person), "Ny deltagare", "Deltagare borttagen");
    listed("agenda", (x) => `${(x as { number: number }).number}. ${(x as { title: string }).title}`, "Ny punkt", "Punkt borttagen");
    handled("approvedBy", () => changes.push({ text: `Justerad av: ${before.approvedBy ? n.person(String(before.approvedBy)) : "–"} → ${after.approvedBy ? n.person(String(after.approvedBy)) : "–"}` }));
  }
  const titles = TITLES[type ?? ""] ?? {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (done.has(key) || same(before[key], after[key])) continue;
    const label = titles[key] ?? key;
    const a = before[key];
    const b = after[key];
    const scalar = (v: unknown) => v === undefined || typeof v !== "object";
    const show = (v: unknown) => (v === undefined ? "–" : key === "group" ? n.group(String(v)) : key === "issuer" ? n.organisation(String(v)) : String(v));
    changes.push(scalar(a) && scalar(b) ? { text: `${label}: ${show(a)} → ${show(b)}` } : { text: `${label} ändrad`, ...textChange(a, b) });
  }
  return changes;
}

/** The `text` strings inside two values, as removed and added sentences. */
function textChange(a: unknown, b: unknown): Pick<Change, "removed" | "added"> {
  const texts = (v: unknown): string[] =>
    typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap(texts) : v && typeof v === "object" ? Object.values(v).flatMap(texts) : [];
  const split = (v: unknown) => texts(v).flatMap((t) => t.replace(/\s+/g, " ").trim().split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])/u));
  const x = split(a);
  const y = split(b);
  const removed = x.filter((s) => !y.includes(s));
  const added = y.filter((s) => !x.includes(s));
  return removed.length + added.length > 0 ? { removed, added } : {};
}

function sectionChanges(before: Doc, after: Doc): Change[] {
  const a = sectionsOf(before.tree);
  const b = sectionsOf(after.tree);
  const changes: Change[] = [];
  for (const [name, sents] of b) {
    const old = a.get(name);
    if (!old) changes.push({ text: `Nytt avsnitt ${name}`, added: sents });
    else if (!same(old, sents)) {
      const removed = old.filter((s) => !sents.includes(s));
      const added = sents.filter((s) => !old.includes(s));
      changes.push({ text: `Avsnittet ${name} ändrat`, removed, added });
    }
  }
  for (const [name, sents] of a) if (!b.has(name)) changes.push({ text: `Avsnittet ${name} borttaget`, removed: sents });
  return changes;
}

/** Who refers to a registry entry: the documents whose references (frontmatter or running text) name it. */
function referrers(result: CheckResult, kind: string, id: string): Doc[] {
  return result.documents.filter((d) => d.refs.some((r) => r.kind === kind && r.id === id) || d.proseRefs?.some((r) => r.kind === kind && r.id === id));
}

const REGISTRY_WORDS: Record<string, [string, string]> = {
  groups: ["grupp", "group"],
  people: ["person", "person"],
  roles: ["roll", "role"],
  organisations: ["organisation", "organisation"],
  documents: ["styrande dokument", "document"],
};

function registryChanges(from: CheckResult, to: CheckResult): RegistryChange[] {
  const out: RegistryChange[] = [];
  for (const [table, [word, kind]] of Object.entries(REGISTRY_WORDS)) {
    const a = from.registry[table as "groups"] as Map<string, { value: { name?: string; title?: string } }>;
    const b = to.registry[table as "groups"] as Map<string, { value: { name?: string; title?: string } }>;
    const label = (id: string, v: { name?: string; title?: string }) => (v.name ?? v.title ? `${v.name ?? v.title} (${id})` : id);
    const affects = (id: string) => [...new Set([...referrers(from, kind, id), ...referrers(to, kind, id)].map((d) => d.path))];
    for (const [id, e] of b) {
      const old = a.get(id);
      if (!old) out.push({ text: `Ny ${word} i registret: ${label(id, e.value)}`, affects: [] });
      else if (!same(old.value, e.value)) {
        const renamed = old.value.name !== e.value.name && old.value.name && e.value.name;
        out.push({ text: renamed ? `${cap(word)} bytt namn: ${old.value.name} → ${e.value.name} (${id})` : `${cap(word)} ändrad i registret: ${label(id, e.value)}`, affects: affects(id) });
      }
    }
    for (const [id, e] of a) if (!b.has(id)) out.push({ text: `${cap(word)} borttagen ur registret: ${label(id, e.value)}`, affects: affects(id) });
  }
  return out;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function semanticDiff(from: { label: string; result: CheckResult }, to: { label: string; result: CheckResult }): SemanticDiff {
  const a = new Map(from.result.documents.map((d) => [docKey(d), d]));
  const b = new Map(to.result.documents.map((d) => [docKey(d), d]));
  const namer = new Namer(to.result.registry);
  const documents: DocumentDiff[] = [];
  const groupOf = (d: Doc) => (d.data as Data | undefined)?.group as string | undefined;
  const refersTo = (d: Doc, result: CheckResult) => {
    const group = d.type === "uppdragshandling" ? groupOf(d) : undefined;
    if (!group) return [];
    return referrers(result, "group", group)
      .filter((o) => o.path !== d.path && o.type === "uppdragshandling")
      .map((o) => ({ path: o.path, name: nameOf(o, result.registry) }));
  };
  for (const [key, doc] of b) {
    const old = a.get(key);
    if (!old) {
      const status = doc.type === "uppdragshandling" ? ` (status ${mandateStatus((doc.data ?? {}) as never)})` : "";
      documents.push({ path: doc.path, name: nameOf(doc, to.result.registry), kind: "ny", changes: [{ text: `Nytt dokument${status}` }], referencedBy: refersTo(doc, to.result) });
      continue;
    }
    if (old.source.value === doc.source.value && same(sectionsOf(old.tree), sectionsOf(doc.tree))) continue;
    const changes = [...fieldChanges(doc.type, (old.data ?? {}) as Data, (doc.data ?? {}) as Data, namer), ...sectionChanges(old, doc)];
    if (changes.length === 0) changes.push({ text: "Bara formen ändrad (blanksteg, kommentarer eller radbrytningar); innehållet är detsamma" });
    documents.push({ path: doc.path, name: nameOf(doc, to.result.registry), kind: "ändrad", changes, referencedBy: refersTo(doc, to.result) });
  }
  for (const [key, doc] of a) {
    if (!b.has(key)) documents.push({ path: doc.path, name: nameOf(doc, from.result.registry), kind: "borttagen", changes: [{ text: "Dokumentet borttaget" }], referencedBy: refersTo(doc, to.result) });
  }
  const registry = registryChanges(from.result, to.result);
  const pdfs = new Set<string>();
  for (const d of documents) if (d.kind !== "borttagen") pdfs.add(`pdf/${basename(d.path, ".md")}.pdf`);
  for (const r of registry) for (const p of r.affects) if (b.has(p)) pdfs.add(`pdf/${basename(p, ".md")}.pdf`);
  return { from: from.label, to: to.label, documents: documents.sort((x, y) => (x.path < y.path ? -1 : 1)), registry, pdfs: [...pdfs].sort() };
}

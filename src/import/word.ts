/**
 * A Word file (.docx) as a draft document: mammoth reads it as Markdown, mandat's own remark parser
 * makes the tree, the headings become the template's sections, the "Label: value" facts become
 * frontmatter (with names looked up in the registers), and everything that found no place is listed
 * for the editor, as are the required fields the file did not state.
 */
import type { List, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import mammoth from "mammoth";
import { MANDATE_SECTIONS } from "../doctypes/mandate/sections.js";
import type { Registry } from "../link/registry.js";
import { parseMarkdown } from "../parse/markdown.js";
import { diarienummer, frequency, isoDate, labelled, lookup, mentioned, party, times, type Label } from "./facts.js";

export interface Placed {
  /** Frontmatter field, e.g. "chair". */
  field: string;
  /** The label in the Word file, e.g. "Ordförande". */
  label: string;
  /** The words in the Word file. */
  from: string;
}

export interface WordImport {
  type: "uppdragshandling" | "motesanteckning";
  data: Record<string, unknown>;
  body: string;
  placed: Placed[];
  /** Required fields and template sections the Word file did not give: the editor places them. */
  missing: string[];
  /** Paragraphs that found no place, in order. */
  unplaced: string[];
  /** Where the draft belongs in the repository. */
  path: string;
}

const MANDATE_REQUIRED = ["title", "group", "date", "diarienummer", "issuer", "commissioner", "chair", "participants", "meetingFrequency", "reportsTo", "distribution"];
const NOTES_REQUIRED = ["title", "group", "date", "issuer", "attendees", "agenda"];

/** Plain text of a paragraph: mammoth's escapes resolved by the parser, whitespace tidied. */
const plain = (node: RootContent) =>
  toString(node)
    // Bold that mammoth wrote next to a letter is not emphasis to Markdown and stays as characters.
    .replace(/__|\*\*/g, "")
    .replace(/\s+/g, " ")
    .trim();

function markdownOf(node: RootContent): string {
  if (node.type === "list") return (node as List).children.map((item) => `- ${plain(item as RootContent)}`).join("\n");
  return plain(node);
}

export async function readWord(buffer: Buffer): Promise<Root> {
  // mammoth's Markdown output keeps headings, lists and paragraphs; remark reads it like any document.
  const { value } = await (mammoth as unknown as { convertToMarkdown(input: { buffer: Buffer }): Promise<{ value: string }> }).convertToMarkdown({ buffer });
  return parseMarkdown(value, { frontmatter: false });
}

export function importWord(tree: Root, registry: Registry): WordImport {
  const nodes = tree.children;
  const notes = nodes.some((n) => n.type === "paragraph" && /^mötesanteckning(ar)?$/i.test(plain(n)));
  return notes ? importNotes(nodes, registry) : importMandate(nodes, registry);
}

function sectionName(text: string): { depth: 2 | 3; name: string } | undefined {
  const spec = MANDATE_SECTIONS.find((s) => s.matches(text));
  return spec ? { depth: spec.depth, name: text } : undefined;
}

function importMandate(nodes: RootContent[], registry: Registry): WordImport {
  const data: Record<string, unknown> = { type: "uppdragshandling", status: "utkast" };
  const placed: Placed[] = [];
  const unplaced: string[] = [];
  const body: string[] = [];
  const put = (field: string, label: string, from: string, value: unknown) => {
    if (value === undefined || data[field] !== undefined) return false;
    data[field] = value;
    placed.push({ field, label, from });
    return true;
  };
  let zone: "header" | "section" | "other" = "header";
  const header: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === "heading") {
      const text = plain(node);
      const section = sectionName(text);
      if (section) {
        zone = "section";
        body.push(`${"#".repeat(section.depth)} ${text}`);
      } else if (zone === "section" && node.depth > 1) body.push(`### ${text}`);
      else if (zone === "header") header.push(text);
      else zone = "other";
      continue;
    }
    const text = plain(node);
    if (!text) continue;
    const facts = node.type === "paragraph" ? labelled(text) : [];
    if (facts.length > 0) {
      for (const { label, value } of facts) {
        const following = nodes[i + 1];
        // Participants written as a list under "Deltagare:".
        if ((label === "Deltagare" || label === "Övriga deltagare") && value === "" && following?.type === "list") {
          const items = (following as List).children.map((item) => ({ text: plain(item as RootContent) }));
          if (put("participants", label, `${items.length} punkter`, { ...(label === "Övriga deltagare" && { label }), items })) i++;
          continue;
        }
        // A value the original broke over two lines ("SSN 2026–" / "00233").
        const next = following?.type === "paragraph" ? plain(following) : "";
        if (!placeMandateFact(label, value, next, registry, put)) unplaced.push(`${label}: ${value}`);
      }
      continue;
    }
    if (zone === "section") body.push(markdownOf(node));
    else if (zone === "header") header.push(text);
    else unplaced.push(text);
  }
  // The letterhead: the document heading, the group's name or the title, the issuing organisation.
  let region: string | undefined;
  for (const text of header) {
    if (/^\**uppdragshandling( för koncernövergripande grupp)?\**$/i.test(text.replace(/\\\*/g, "*")) && put("heading", "Dokumentrubrik", text, text.replace(/\*/g, ""))) continue;
    const group = lookup(registry.groups, text) ?? (/^uppdragshandling för /i.test(text) ? mentioned(registry.groups, text)[0] : undefined);
    if (group && data.group === undefined) {
      put("group", "Grupp", text, group);
      put("title", "Titel", text, text);
      continue;
    }
    const organisation = mentioned(registry.organisations, text).find((id) => id !== "vgr");
    if (organisation && put("issuer", "Utfärdare", text, organisation)) continue;
    if (mentioned(registry.organisations, text).includes("vgr")) {
      region ??= text;
      continue;
    }
    // The diarienummer's second line was read with it; anything else is the editor's.
    if (!/^\d{5}\b/.test(text)) unplaced.push(text);
  }
  // A letter from the region itself, without an office under it.
  if (region) put("issuer", "Utfärdare", region, "vgr");
  const group = typeof data.group === "string" ? data.group : undefined;
  const missing = MANDATE_REQUIRED.filter((f) => data[f] === undefined);
  const headings = body.filter((l) => l.startsWith("#")).map((l) => l.replace(/^#+ /, ""));
  for (const spec of MANDATE_SECTIONS) if (!headings.some((h) => spec.matches(h))) missing.push(`## ${spec.name}`);
  return {
    type: "uppdragshandling",
    data,
    body: body.join("\n\n") + "\n",
    placed,
    missing,
    unplaced,
    path: `mandates/${group ?? "importerad-uppdragshandling"}.md`,
  };
}

type Put = (field: string, label: string, from: string, value: unknown) => boolean;

function placeMandateFact(label: Label, value: string, next: string, registry: Registry, put: Put): boolean {
  switch (label) {
    case "Datum":
      return put("date", label, value, isoDate(value));
    case "Diarienummer":
      return put("diarienummer", label, value, diarienummer(value) ?? diarienummer(`${value} ${next}`));
    case "Ansvarsområde":
      return put("area", label, value, value);
    case "Uppdragsgivare":
      return put("commissioner", label, value, party(value, registry));
    case "Uppdragstagare": {
      const group = mentioned(registry.groups, value)[0];
      return put("assignee", label, value, { ...(group && { group }), text: value });
    }
    case "Ordförande":
      return put("chair", label, value, party(value, registry));
    case "Kontaktperson":
      return put("contactPerson", label, value, party(value, registry));
    case "Mötesfrekvens":
      return put("meetingFrequency", label, value, frequency(value));
    case "Deltagare":
      return put("participants", label, value, { items: [{ text: value }] });
    case "Övriga deltagare":
      return put("participants", label, value, { label: "Övriga deltagare", items: [{ text: value }] });
    case "Handläggare": {
      const person = lookup(registry.people, value);
      return put("caseOfficer", label, value, person ? { person } : undefined);
    }
    case "Ansvarig koncernstab/koncernavdelning": {
      const organisation = mentioned(registry.organisations, value)[0];
      return put("responsibleUnit", label, value, organisation ? { organisation, text: value.replace(/\.$/, "") } : undefined);
    }
    default:
      return false;
  }
}

function importNotes(nodes: RootContent[], registry: Registry): WordImport {
  const data: Record<string, unknown> = { type: "motesanteckning", status: "preliminär" };
  const placed: Placed[] = [];
  const unplaced: string[] = [];
  const body: string[] = [];
  const attendees: { person: string; organisation?: string }[] = [];
  const guests: { person: string; items?: number[] }[] = [];
  const agenda: { number: number; title: string; responsible?: string[] }[] = [];
  const put: Put = (field, label, from, value) => {
    if (value === undefined || data[field] !== undefined) return false;
    data[field] = value;
    placed.push({ field, label, from });
    return true;
  };
  const person = (name: string) => lookup(registry.people, name.trim());
  let mode: "header" | "attendees" | "guests" | "item" = "header";
  for (const node of nodes) {
    const text = plain(node);
    if (!text) continue;
    if (node.type === "heading") {
      const item = /^(\d{1,2})\.\s*(.*)$/.exec(text);
      if (item) {
        mode = "item";
        agenda.push({ number: Number(item[1]), title: item[2]! });
        body.push(`## ${item[1]}. ${item[2]}`);
      } else if (mode === "item") body.push(`### ${text}`);
      else unplaced.push(text);
      continue;
    }
    if (/^deltagare$/i.test(text)) {
      mode = "attendees";
      continue;
    }
    if (/^övriga deltagare$/i.test(text)) {
      mode = "guests";
      continue;
    }
    const facts = node.type === "paragraph" ? labelled(text) : [];
    if (facts.length > 0 && mode !== "attendees") {
      for (const { label, value } of facts) {
        let ok = false;
        if (label === "Datum") ok = put("date", label, value, isoDate(value));
        else if (label === "Tid") {
          const t = times(value);
          ok = put("start", label, value, t?.start) && put("end", label, value, t?.end);
        } else if (label === "Plats") ok = put("place", label, value, value);
        else if (label === "Ansvarig" && mode === "item") {
          const ids = value.split(/,\s*|\s+och\s+/).map(person);
          if (ids.every(Boolean)) {
            agenda[agenda.length - 1]!.responsible = ids as string[];
            placed.push({ field: `agenda[${agenda.length - 1}].responsible`, label, from: value });
            ok = true;
          }
        }
        if (!ok) unplaced.push(`${label}: ${value}`);
      }
      continue;
    }
    if (mode === "attendees") {
      const [name, ...rest] = text.split(/\s*[–-]\s+|\s+[–-]\s*/);
      const id = person(name!);
      if (id) {
        const organisation = registry.people.get(id)?.value.organisation;
        attendees.push({ person: id, ...(organisation && { organisation }) });
        placed.push({ field: `attendees[${attendees.length - 1}]`, label: "Deltagare", from: text });
      } else unplaced.push(text);
      void rest;
      continue;
    }
    if (mode === "guests") {
      const m = /^(.*?)\s*\(punkt\s*(\d+)\)$/.exec(text);
      const names = (m ? m[1]! : text).split(/,\s*/);
      const ids = names.map(person);
      if (ids.every(Boolean)) {
        for (const id of ids) guests.push({ person: id!, ...(m && { items: [Number(m[2])] }) });
        placed.push({ field: "guests", label: "Övriga deltagare", from: text });
      } else unplaced.push(text);
      continue;
    }
    if (mode === "item") {
      body.push(markdownOf(node));
      continue;
    }
    const group = lookup(registry.groups, text);
    if (group && put("group", "Grupp", text, group)) {
      put("title", "Rubrik", text, text);
      continue;
    }
    const organisation = lookup(registry.organisations, text);
    if (organisation && organisation !== "vgr" && put("issuer", "Utfärdare", text, organisation)) continue;
    if (/^datum\s/i.test(text) && put("date", "Datum", text, isoDate(text))) continue;
    if (!/^mötesanteckning(ar)?$/i.test(text) && text !== "Västra Götalandsregionen") unplaced.push(text);
  }
  if (attendees.length > 0) data.attendees = attendees;
  if (guests.length > 0) data.guests = guests;
  if (agenda.length > 0) {
    data.agenda = agenda;
    placed.push({ field: "agenda", label: "Dagordning", from: `${agenda.length} punkter` });
  }
  const missing = NOTES_REQUIRED.filter((f) => data[f] === undefined);
  return {
    type: "motesanteckning",
    data,
    body: body.join("\n\n") + "\n",
    placed,
    missing,
    unplaced,
    path: `mandates/motesanteckningar/${data.date ?? "datum"}-${data.group ?? "grupp"}.md`,
  };
}

/**
 * The facts a Word mandate or meeting notes state as "Label: value" (Datum, Diarienummer,
 * Uppdragsgivare, Ordförande, Mötesfrekvens …), read from a paragraph's plain text and turned into
 * frontmatter values; names are looked up in the registers, so a chair becomes `{ role: … }` when the
 * register knows the role.
 */
import type { Registry } from "../link/registry.js";

/** The labels the originals use, longest first so "Övriga deltagare" wins over "Deltagare". */
export const LABELS = [
  "Ansvarig koncernstab/koncernavdelning",
  "Övriga deltagare",
  "Uppdragsgivare",
  "Uppdragstagare",
  "Ansvarsområde",
  "Mötesfrekvens",
  "Diarienummer",
  "Kontaktperson",
  "Handläggare",
  "Ordförande",
  "Deltagare",
  "Ansvarig",
  "Datum",
  "Plats",
  "Tid",
] as const;
export type Label = (typeof LABELS)[number];

const LABEL_AT = new RegExp(`(?:^|(?<=[\\p{Ll}.)]))(${LABELS.map((l) => l.replace("/", "\\/")).join("|")})(?::\\s*|\\s+(?=[\\d\\p{Lu}]))`, "gu");

/** "Label: value" pairs in a paragraph that starts with a label (several when glued together, as in the originals' header). */
export function labelled(text: string): { label: Label; value: string }[] {
  const matches = [...text.matchAll(LABEL_AT)];
  if (matches.length === 0 || matches[0]!.index !== 0) return [];
  return matches.map((m, i) => ({
    label: m[1] as Label,
    value: text.slice(m.index! + m[0].length, matches[i + 1]?.index ?? text.length).trim(),
  }));
}

export function diarienummer(text: string): string | undefined {
  const m = /([A-ZÅÄÖ]{2,6})\s*(\d{4})\s*[-–]\s*(\d{5})(?:\s*[-–]\s*(\d{1,4}))?/u.exec(text);
  return m ? `${m[1]} ${m[2]}-${m[3]}${m[4] ? `-${m[4]}` : ""}` : undefined;
}

export function isoDate(text: string): string | undefined {
  return /\b(\d{4}-\d{2}-\d{2})\b/.exec(text.replace(/[–]/g, "-"))?.[1];
}

export function times(text: string): { start: string; end: string } | undefined {
  const m = /(\d{1,2})[:.](\d{2})\s*[-–]\s*(\d{1,2})[:.](\d{2})/.exec(text);
  const pad = (h: string) => h.padStart(2, "0");
  return m ? { start: `${pad(m[1]!)}:${m[2]}`, end: `${pad(m[3]!)}:${m[4]}` } : undefined;
}

const PERIODS: Record<string, "år" | "halvår" | "månad" | "vecka"> = { år: "år", året: "år", halvår: "halvår", månad: "månad", månaden: "månad", vecka: "vecka", veckan: "vecka" };

export function frequency(text: string): { min: number; max: number; per: "år" | "halvår" | "månad" | "vecka"; approximate?: boolean; text: string } | undefined {
  const numbers = [...text.matchAll(/\d+/g)].map((m) => Number(m[0]));
  const period = /(?:per|\/|i)\s*(år|året|halvår|månad|månaden|vecka|veckan)\b/iu.exec(text)?.[1]?.toLowerCase();
  if (numbers.length === 0 || !period) return undefined;
  const approximate = /\b(ca|cirka|ungefär)\b/iu.test(text);
  return { min: Math.min(...numbers), max: Math.max(...numbers), per: PERIODS[period]!, ...(approximate && { approximate }), text: text.replace(/\s+/g, " ").trim() };
}

const norm = (s: string) => s.toLocaleLowerCase("sv").replace(/\s+/g, " ").trim();

/** The id of a register entry whose name or short name is `text` (or starts it), else undefined. */
export function lookup(table: Map<string, { value: { name?: string; shortNames?: string[] } }>, text: string): string | undefined {
  const t = norm(text);
  for (const [id, e] of table) {
    const names = [e.value.name, ...(e.value.shortNames ?? [])].filter((n): n is string => Boolean(n)).map(norm);
    if (names.includes(t)) return id;
  }
  return undefined;
}

/** Register entries whose name occurs in `text`, longest name first. */
export function mentioned(table: Map<string, { value: { name?: string; shortNames?: string[] } }>, text: string): string[] {
  const t = norm(text);
  const hits: { id: string; length: number }[] = [];
  for (const [id, e] of table) {
    for (const n of [e.value.name, ...(e.value.shortNames ?? [])]) if (n && n.length > 3 && t.includes(norm(n))) hits.push({ id, length: n.length });
  }
  return [...new Set(hits.sort((a, b) => b.length - a.length).map((h) => h.id))];
}

export type Party = { person?: string; role?: string; group?: string; text?: string };

/** A party from the original's words: a person and/or a role the register knows, and the words as they stand. */
export function party(text: string, registry: Registry): Party {
  const parts = text.split(/,\s*/);
  const person = parts.map((p) => lookup(registry.people, p)).find(Boolean);
  const role = parts.map((p) => lookup(registry.roles, p)).find(Boolean) ?? (person ? registry.people.get(person)?.value.role : undefined);
  const exact = parts.length === 1 && (person || role);
  return { ...(person && { person }), ...(role && { role }), ...(!exact && { text: text.trim() }) };
}

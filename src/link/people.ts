/**
 * People named in running text, resolved against the people registry: full names ("Susanne
 * Gustavsson"), first name and initials of the surname(s) ("Susanne G", "Katrin MP"), Swedish
 * variants of a first name ("Carin"/"Karin", "Ann-Sofie"/"Ann-Sofi") and near misses of one letter
 * or two. A lone first name is never looked at: it is too often an ordinary word.
 */
import { distance } from "fastest-levenshtein";
import type { Registry } from "./registry.js";
import { remember } from "../util/remember.js";

/** First names Swedish writes in more than one way; a variant is the same name spelt otherwise. */
const VARIANTS: string[][] = [
  ["Ann-Sofi", "Ann-Sofie", "Annsofi", "Annsofie", "Ann-Sophie"],
  ["Karin", "Carin"],
  ["Katarina", "Catarina", "Katerina", "Katharina", "Catharina", "Caterina"],
  ["Kristina", "Christina", "Cristina"],
  ["Kristian", "Christian", "Cristian"],
  ["Kristoffer", "Christoffer", "Christopher"],
  ["Emelie", "Emilie", "Emelié"],
  ["Madelene", "Madeleine", "Madelen", "Madeléne", "Madelaine"],
  ["Mattias", "Matthias", "Matias"],
  ["Rickard", "Richard", "Rikard"],
  ["Fredrik", "Frederik", "Fredric"],
  ["Erik", "Eric"],
  ["Carl", "Karl"],
  ["Carina", "Karina"],
  ["Camilla", "Kamilla"],
  ["Cecilia", "Cecilie"],
  ["Sofia", "Sophia"],
  ["Sofie", "Sophie"],
  ["Jenny", "Jennie"],
  ["Susanne", "Suzanne", "Susann"],
  ["Pauline", "Paulin"],
  ["Mikael", "Michael", "Mikail"],
  ["Elisabeth", "Elisabet", "Elizabeth"],
  ["Helen", "Helén", "Hélène", "Helene"],
  ["Olof", "Olov"],
  ["Ulrika", "Ulrica"],
  ["Patrik", "Patrick"],
  ["Annette", "Anette"],
  ["Annika", "Anneka"],
  ["Jonas", "Jonaz"],
  ["Joacim", "Joakim", "Joachim"],
  ["Marie", "Mari"],
  ["Maria", "Marya"],
];

const VARIANT_OF = new Map<string, Set<string>>();
for (const group of VARIANTS) {
  const set = new Set(group.map((n) => n.toLowerCase()));
  for (const name of set) VARIANT_OF.set(name, set);
}

export interface PersonName {
  id: string;
  name: string;
  first: string;
  surnames: string[];
  /** First letters of the surnames: "MP" for Modig Pallin. */
  initials: string;
}

/** How a written first name relates to the registry's. */
export type FirstNameMatch = "same" | "variant" | "near";

export function firstNameMatch(written: string, registry: string): FirstNameMatch | undefined {
  if (written === registry) return "same";
  const w = written.toLowerCase();
  const r = registry.toLowerCase();
  if (w === r) return "same";
  if (VARIANT_OF.get(r)?.has(w)) return "variant";
  // One letter off (two in a long name), keeping the first letter: "Susane", "Emelei".
  const limit = r.length >= 8 ? 2 : r.length >= 4 ? 1 : 0;
  if (limit > 0 && w[0] === r[0] && distance(w, r) <= limit) return "near";
  return undefined;
}

const cache = new WeakMap<Registry, PersonName[]>();

export function peopleNames(registry: Registry): PersonName[] {
  let list = cache.get(registry);
  if (!list) {
    list = [];
    for (const [id, entry] of registry.people) {
      const parts = (entry.value.name ?? "").trim().split(/\s+/).filter(Boolean);
      if (parts.length < 2) continue;
      const [first, ...surnames] = parts;
      list.push({ id, name: parts.join(" "), first: first!, surnames, initials: surnames.map((s) => s[0]!.toUpperCase()).join("") });
    }
    cache.set(registry, list);
  }
  return list;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** A name as written: the words, with what separates them (a run of names must not cross punctuation). */
function words(text: string): Word[] {
  return [...text.matchAll(/[\p{L}][\p{L}'’-]*[\p{L}]|[\p{L}]/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Only spaces between two words (a name is never split by a comma or a line of its own). */
function adjacent(text: string, a: Word, b: Word): boolean {
  return /^[ \u00A0]+$/.test(text.slice(a.end, b.start));
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const INITIALS = /^\p{Lu}{1,3}$/u;

export type PersonMention =
  /** A full name, its first name exact or not. */
  | { kind: "full"; person: PersonName; first: FirstNameMatch; surname: "same" | "near"; offset: number; length: number; actual: string }
  /** First name and initials; every person it can be, with how the first name matches. */
  | { kind: "short"; candidates: { person: PersonName; first: FirstNameMatch }[]; offset: number; length: number; actual: string };

/**
 * The people a written first name can match, by its first letter (lower case): the letter of the
 * registry's first name and of each variant of it ("Carin" is looked for under both c and k), in
 * registry order. So a capitalised word is compared with a few people, not the whole registry.
 */
const byInitial = new WeakMap<PersonName[], Map<string, PersonName[]>>();

function peopleFor(written: string, people: PersonName[]): PersonName[] {
  const index = remember(byInitial, people, () => {
    const out = new Map<string, PersonName[]>();
    for (const person of people) {
      const first = person.first.toLowerCase();
      for (const letter of new Set([first, ...(VARIANT_OF.get(first) ?? [])].map((name) => name[0]))) {
        if (letter !== undefined) remember(out, letter, () => []).push(person);
      }
    }
    return out;
  });
  return index.get(written.toLowerCase()[0] ?? "") ?? [];
}

/** Every person named in `text` by full name or by first name and initials, in order. */
export function findPeople(text: string, people: PersonName[]): PersonMention[] {
  const list = words(text);
  const out: PersonMention[] = [];
  for (let i = 0; i < list.length; i++) {
    const w = list[i]!;
    if (!CAPITALISED.test(w.text)) continue;
    const full = fullName(text, list, i, people);
    if (full) {
      out.push(full.mention);
      i += full.used - 1;
      continue;
    }
    const next = list[i + 1];
    if (!next || !INITIALS.test(next.text) || !adjacent(text, w, next)) continue;
    // "Susanne G" is not "Susanne Gustavsson"'s first word followed by an abbreviation such as "SU".
    const after = list[i + 2];
    if (after && adjacent(text, next, after) && CAPITALISED.test(after.text)) continue;
    const candidates = peopleFor(w.text, people).flatMap((person) => {
      const first = firstNameMatch(w.text, person.first);
      return first && person.initials.startsWith(next.text) ? [{ person, first }] : [];
    });
    if (candidates.length === 0) continue;
    out.push({ kind: "short", candidates, offset: w.start, length: next.end - w.start, actual: text.slice(w.start, next.end) });
    i += 1;
  }
  return out;
}

function fullName(text: string, list: Word[], i: number, people: PersonName[]): { mention: PersonMention; used: number } | undefined {
  let best: { mention: PersonMention & { kind: "full" }; used: number; score: number } | undefined;
  for (const person of peopleFor(list[i]!.text, people)) {
    const n = person.surnames.length;
    const run = list.slice(i, i + 1 + n);
    if (run.length !== n + 1) continue;
    if (run.some((w, j) => j > 0 && !adjacent(text, run[j - 1]!, w))) continue;
    const first = firstNameMatch(run[0]!.text, person.first);
    if (!first) continue;
    let off = 0;
    let exactSurname = true;
    for (let j = 0; j < n; j++) {
      const written = run[j + 1]!.text;
      const canonical = person.surnames[j]!;
      if (written === canonical) continue;
      exactSurname = false;
      const limit = canonical.length >= 8 ? 2 : canonical.length >= 4 ? 1 : 0;
      if (written[0] !== canonical[0] || distance(written.toLowerCase(), canonical.toLowerCase()) > limit) off = 99;
      else off += 1;
    }
    // One part may be off, not both: "Susane Gustavson" is someone else's name.
    if (off > 1 || (off === 1 && first !== "same")) continue;
    const score = (first === "same" ? 0 : first === "variant" ? 1 : 2) + off * 2;
    const mention = {
      kind: "full" as const,
      person,
      first,
      surname: exactSurname ? ("same" as const) : ("near" as const),
      offset: run[0]!.start,
      length: run.at(-1)!.end - run[0]!.start,
      actual: text.slice(run[0]!.start, run.at(-1)!.end),
    };
    if (!best || score < best.score || (score === best.score && n + 1 > best.used)) best = { mention, used: n + 1, score };
  }
  return best && { mention: best.mention, used: best.used };
}

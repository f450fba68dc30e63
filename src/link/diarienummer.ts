/**
 * Diarienummer in running text: the well-formed `RS 2024-00784`, `RS 2019-03137-40`, and the forms
 * people type by mistake: spaces around the dash (`RS 2024 – 00370`), en/em or other dashes, no space
 * after the prefix (`RS2024-00784`), a no-break space.
 *
 * A match needs the prefix of capital letters: a bare `2023–2027` is a span of years, not a number.
 */

export interface DiarienummerMatch {
  /** The text as written. */
  raw: string;
  /** How it is written correctly: `RS 2024-00370`. */
  normalised: string;
  /** Offset of `raw` in the searched text (UTF-16 code units, like String.indexOf). */
  offset: number;
  length: number;
  /** `raw` is already the normalised form (a line break in place of the space also counts). */
  wellFormed: boolean;
  /** What differs from the normalised form; empty when well-formed. */
  problems: DiarienummerProblem[];
}

export type DiarienummerProblem =
  /** "RS2024-00784" */
  | "noSpace"
  | /** no-break space, several spaces, a tab after the prefix */ "otherSpace"
  | /** en or em dash, minus sign … instead of the hyphen */ "dash"
  | /** "2024 - 00370" */ "spacedDash"
  | /** "rs 2024-00370": the prefix in lower or mixed case */ "case"
  | /** "RS 2024-370": the serial without its leading zeros */ "shortSerial";

/** Hyphen-minus and the dashes people (or word processors) put in its place. */
const DASH = "[\\-\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]";
/** Spaces including no-break and narrow no-break space, at most three, no blank line. */
const GAP = "[ \\t\\u00A0\\u2007\\u202F]{0,3}(?:\\r?\\n[ \\t\\u00A0\\u2007\\u202F]{0,3})?";

const PATTERN = new RegExp(
  // Not glued to a preceding letter or digit: "ABCRS 2024-00784" is not "RS …".
  "(?<![\\p{L}\\p{N}])" +
    "(\\p{Lu}{2,5})" + // prefix: RS, SSN, HSN …
    `(${GAP})` +
    "((?:19|20)\\d{2})" + // year
    `(${GAP}${DASH}${GAP})` +
    "(\\d{5})" +
    `(?:(${DASH})(\\d{2}))?` + // optional -NN, dash glued to both sides
    "(?![\\p{L}\\p{N}])",
  "gu",
);

/**
 * The looser forms, only for prefixes known to be diarium prefixes (the registry's, the document's
 * own): any case, and a serial of one to four digits ("rs 2024-370"). A four-digit serial that reads
 * as a year ("VGR 2023-2027") is a span of years.
 */
const LOOSE = new RegExp(
  "(?<![\\p{L}\\p{N}])" +
    "(\\p{L}{2,5})" +
    `(${GAP})` +
    "((?:19|20)\\d{2})" +
    `(${GAP}${DASH}${GAP})` +
    "(\\d{1,5})" +
    `(?:(${DASH})(\\d{1,2}))?` +
    "(?![\\p{L}\\p{N}])",
  "gu",
);

export interface FindOptions {
  /** Diarium prefixes (upper case) whose lower-case and short-serial forms are diarienummer too. */
  prefixes?: ReadonlySet<string>;
}

/** Every diarienummer in `text`, well-formed or not, in order. */
export function findDiarienummer(text: string, options: FindOptions = {}): DiarienummerMatch[] {
  const strict = findStrict(text);
  if (!options.prefixes?.size) return strict;
  const out = [...strict];
  for (const m of text.matchAll(LOOSE)) {
    const [raw, prefix, gap, year, sep, number, suffixDash, suffix] = m;
    const upper = prefix!.toUpperCase();
    if (!options.prefixes.has(upper)) continue;
    if (strict.some((s) => s.offset < m.index + raw.length && m.index < s.offset + s.length)) continue;
    if (number!.length === 4 && /^(?:19|20)\d{2}$/.test(number!)) continue;
    const problems = problemsOf(gap!, sep! + (suffixDash ?? ""));
    if (upper !== prefix) problems.unshift("case");
    if (number!.length < 5) problems.push("shortSerial");
    if (problems.length === 0) continue;
    out.push({
      raw,
      normalised: `${upper} ${year}-${number!.padStart(5, "0")}${suffix ? `-${suffix.padStart(2, "0")}` : ""}`,
      offset: m.index,
      length: raw.length,
      wellFormed: false,
      problems,
    });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** The well-formed and the usual mistyped forms with an upper-case prefix and a five-digit serial. */
function findStrict(text: string): DiarienummerMatch[] {
  const out: DiarienummerMatch[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const [raw, prefix, gap, year, sep, number, suffixDash, suffix] = m;
    const normalised = `${prefix} ${year}-${number}${suffix ? `-${suffix}` : ""}`;
    // A line break where the space should be is how a wrapped line looks; it prints as a space.
    const asWritten = raw.replace(/[ \t]*\r?\n[ \t]*/g, " ");
    out.push({
      raw,
      normalised,
      offset: m.index,
      length: raw.length,
      wellFormed: asWritten === normalised,
      problems: problemsOf(gap!, sep! + (suffixDash ?? "")),
    });
  }
  return out;
}

function problemsOf(gap: string, dashes: string): DiarienummerProblem[] {
  const out: DiarienummerProblem[] = [];
  const space = gap.replace(/[ \t]*\r?\n[ \t]*/g, " ");
  if (space === "") out.push("noSpace");
  else if (space !== " ") out.push("otherSpace");
  if (/[^-\s\u00A0\u2007\u202F]/.test(dashes.replace(/-/g, ""))) out.push("dash");
  if (/\s|\u00A0|\u2007|\u202F/.test(dashes)) out.push("spacedDash");
  return out;
}

/** The text is exactly one well-formed diarienummer. */
export function isDiarienummer(text: string): boolean {
  return /^\p{Lu}{2,5} (?:19|20)\d{2}-\d{5}(?:-\d{2})?$/u.test(text);
}

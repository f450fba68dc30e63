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
  | /** "2024 - 00370" */ "spacedDash";

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

/** Every diarienummer in `text`, well-formed or not, in order. */
export function findDiarienummer(text: string): DiarienummerMatch[] {
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

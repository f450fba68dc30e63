/**
 * The include directive, `<!-- mandat:include <path> -->`, in one place: load reads every target it
 * finds in a text; parse splices in the ones that stand as a block of their own.
 */

const BODY = String.raw`<!--\s*mandat:include\s+(\S+?)\s*-->`;
/** A directive as a whole block: the html node's entire value. */
const BLOCK = new RegExp(`^${BODY}$`);
/** Anything that looks like an attempt at one. */
const LIKE = /<!--\s*mandat:include\b/;

/** The include paths written anywhere in a text, in order. */
export function includeTargetsIn(text: string): string[] {
  return [...text.matchAll(new RegExp(BODY, "g"))].map((m) => m[1]!);
}

/** The include path of a block whose whole (trimmed) text is one directive. */
export function blockDirectiveTarget(html: string): string | undefined {
  return BLOCK.exec(html.trim())?.[1];
}

/** The text looks like an attempt at a directive (well-formed or not). */
export function looksLikeDirective(html: string): boolean {
  return LIKE.test(html);
}

/**
 * Nesting depth, measured cheaply on the text before any parser sees it: micromark and yaml recurse
 * (10,000 nested block quotes overflow the stack) or slow down quadratically (long runs of `*`), so a
 * text too deep for them must never reach them. Each measure is an upper bound of what the parser
 * would build, counted line by line in linear time:
 * - Markdown: container markers at the start of a line (`>`, `-`, `*`, `+`, `1.`, `1)`) plus half the
 *   indentation before them (a nested list needs at least two columns per level), and runs of one
 *   emphasis or link character (`*`, `_`, `~`, `[`) outside thematic breaks;
 * - YAML: the stack of indentation levels, `- ` sequence markers on a line, and open `[`/`{`.
 */

/** Offset where a text first goes deeper than `max`, or undefined. */
export type DepthCheck = (text: string, max: number) => number | undefined;

const LIST_BULLET = new Set(["-", "*", "+"]);
const RUN_CHARS = new Set(["*", "_", "~", "["]);
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

function* lines(text: string): Generator<[string, number]> {
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : end;
    yield [text.slice(start, stop), start];
    if (end < 0) return;
    start = end + 1;
  }
}

/**
 * The lines that can be too deep: longer than `max` characters (each level of a container takes a
 * character or more, a run a character each), or with a tab (one character, several columns of
 * indentation). Most lines are neither, and are skipped without being copied.
 */
function* longLines(text: string, max: number): Generator<[string, number]> {
  let start = 0;
  let tab = text.indexOf("\t");
  while (start <= text.length) {
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : end;
    while (tab >= 0 && tab < start) tab = text.indexOf("\t", start);
    if (stop - start > max || (tab >= 0 && tab < stop)) yield [text.slice(start, stop), start];
    if (end < 0) return;
    start = end + 1;
  }
}

const isBlank = (c: string | undefined) => c === undefined || c === " " || c === "\t" || c === "\r";

/** Markdown (a shared text, or a document's body). */
export const markdownDepth: DepthCheck = (text, max) => {
  for (const [line, offset] of longLines(text, max)) {
    let i = 0;
    let indent = 0;
    let markers = 0;
    let sawMarker = false;
    while (i < line.length) {
      const c = line[i]!;
      if (c === " " || c === "\t") {
        if (!sawMarker) indent += c === "\t" ? 4 - (indent % 4) : 1;
        i++;
      } else if (c === ">") {
        markers++;
        sawMarker = true;
        i++;
      } else if (LIST_BULLET.has(c) && isBlank(line[i + 1])) {
        markers++;
        sawMarker = true;
        i++;
      } else {
        const ordered = /^\d{1,9}[.)]/.exec(line.slice(i, i + 10));
        if (!ordered || !isBlank(line[i + ordered[0].length])) break;
        markers++;
        sawMarker = true;
        i += ordered[0].length;
      }
      if (markers + Math.floor(indent / 2) > max) return offset + i - 1;
    }
    if (markers + Math.floor(indent / 2) > max) return offset;
    if (THEMATIC_BREAK.test(line)) continue;
    let run = 0;
    for (let j = i; j < line.length; j++) {
      run = RUN_CHARS.has(line[j]!) && line[j] === line[j - 1] ? run + 1 : 1;
      if (run > max && RUN_CHARS.has(line[j]!)) return offset + j - run + 1;
    }
  }
  return undefined;
};

/**
 * A level of YAML nesting takes a line of its own (with at least one more column of indentation),
 * two characters on a line (`- `) or an open bracket. So a text of fewer than `max` lines, each
 * shorter than `max` characters, with at most `max` brackets, cannot be too deep: most frontmatter is
 * that small and is not scanned further.
 */
function shallowYaml(text: string, max: number): boolean {
  if ((text.match(/[[{]/g)?.length ?? 0) > max) return false;
  let lines = 0;
  let start = 0;
  for (let end = text.indexOf("\n"); ; end = text.indexOf("\n", start)) {
    const stop = end < 0 ? text.length : end;
    if (stop - start >= max || ++lines >= max) return false;
    if (end < 0) return true;
    start = end + 1;
  }
}

/** YAML (a registry file, a document's frontmatter, the config). */
export const yamlDepth: DepthCheck = (text, max) => {
  if (shallowYaml(text, max)) return undefined;
  const indents: number[] = [];
  let flow = 0;
  for (const [line, offset] of lines(text)) {
    const trimmed = line.trimStart();
    if (trimmed === "" || trimmed === "\r" || trimmed.startsWith("#")) continue;
    const indent = line.length - trimmed.length;
    while (indents.length > 0 && indents.at(-1)! > indent) indents.pop();
    if (indents.length === 0 || indents.at(-1)! < indent) indents.push(indent);
    let sequence = 0;
    while (/^-(?:[ \t]|$)/.test(trimmed.slice(sequence * 2))) sequence++;
    if (indents.length + sequence > max) return offset + indent;
    for (let j = 0; j < line.length; j++) {
      const c = line[j];
      if (c === "[" || c === "{") {
        if (++flow > max) return offset + j;
      } else if ((c === "]" || c === "}") && flow > 0) flow--;
    }
  }
  return undefined;
};

/** The end offset of a document's frontmatter block (after its closing `---` line), or 0 when it has none. */
export function frontmatterEnd(text: string): number {
  if (!/^---[ \t]*\r?\n/.test(text)) return 0;
  const close = /\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
  return close ? 3 + close.index + close[0].length : 0;
}

/** A document: YAML frontmatter, then Markdown. */
export const documentDepth: DepthCheck = (text, max) => {
  const end = frontmatterEnd(text);
  const inYaml = end > 0 ? yamlDepth(text.slice(0, end), max) : undefined;
  if (inYaml !== undefined) return inYaml;
  const inBody = markdownDepth(text.slice(end), max);
  return inBody === undefined ? undefined : end + inBody;
};

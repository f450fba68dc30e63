/** Document text inside generated CSS (the running header of the printed page). */

/**
 * A CSS string literal holding `text` and nothing else: every character but ASCII letters, digits and
 * the space is written as a hex escape, so no quote, backslash, `<` or line break of the text can end
 * the string, the rule or the `<style>` element it stands in.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    out += /[A-Za-z0-9 ]/.test(char) ? char : `\\${char.codePointAt(0)!.toString(16)} `;
  }
  return `${out}"`;
}

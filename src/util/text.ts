/** Small text helpers shared by messages and views. */

/** "Regiondirektör" → "regiondirektör" in running text; "FoU-chef" stays. */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** Swedish alphabetical order (å ä ö last). */
export const collator = new Intl.Collator("sv");

/**
 * The letter's typeface, shipped with mandat: Arimo (metric-compatible with Arial, the font of VGR's
 * Word letters) from the npm package @fontsource/arimo, with real regular, bold, italic and bold
 * italic faces. Inlined as `data:` URLs because the sealed renderer loads nothing else, so a PDF looks
 * the same on every machine whatever fonts it has installed.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The family name the letter CSS asks for first. */
export const LETTER_FONT = "Arimo";

/**
 * fontsource's latin subset (Latin-1, which has å ä ö é ü, and the general punctuation with – and ’).
 * Only this subset is inlined: every print HTML carries it, and latin-ext would add some 300 kB of
 * base64 per document for letters the documents do not use; such a letter falls back to Liberation
 * Sans (installed by scripts/setup.sh), with the same metrics.
 */
const SUBSETS = {
  latin:
    "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD",
} as const;
const FACES = [
  { weight: 400, style: "normal" },
  { weight: 700, style: "normal" },
  { weight: 400, style: "italic" },
  { weight: 700, style: "italic" },
] as const;

let css: string | undefined;

/** `@font-face` rules for every face and subset, fonts inlined (read once per process). */
export function fontFaceCss(): string {
  if (css !== undefined) return css;
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve("@fontsource/arimo/package.json")), "files");
  const rules: string[] = [];
  for (const [subset, range] of Object.entries(SUBSETS)) {
    for (const { weight, style } of FACES) {
      const data = readFileSync(join(dir, `arimo-${subset}-${weight}-${style}.woff2`)).toString("base64");
      rules.push(
        `@font-face{font-family:'${LETTER_FONT}';font-style:${style};font-weight:${weight};font-display:block;` +
          `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range};}`,
      );
    }
  }
  css = rules.join("\n");
  return css;
}

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

/** fontsource's unicode ranges for its latin and latin-ext subsets (from its CSS files). */
const SUBSETS = {
  latin:
    "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD",
  "latin-ext":
    "U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF",
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

/**
 * parseMarkdown takes two shortcuts (the frontmatter is found without micromark, GFM only where a
 * text could hold a GFM construct). Whatever the text, its tree must be the tree of the full
 * processor, positions included: every rule, diagnostic and rendered page is made from it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/parse/markdown.js";
import { REPO_ROOT } from "../helpers/repo.js";

const full = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm).freeze();
const fullWithout = unified().use(remarkParse).use(remarkGfm).freeze();

const same = (text: string) => {
  expect(parseMarkdown(text), JSON.stringify(text)).toEqual(full.parse(text));
  expect(parseMarkdown(text, { frontmatter: false }), JSON.stringify(text)).toEqual(fullWithout.parse(text));
};

const FRONTMATTERS = [
  "",
  "---\ntype: uppdrag\ntitle: Styrgrupp\n---\n",
  "---  \ntype: uppdrag\n---\t \n",
  "---\n---\n",
  "---\n\n---\n",
  "---\na: 1\n\nb: 2\n---\n\n",
  "---\na: 1\n---",
  "---\na: 1\n",
  "----\na: 1\n----\n",
  "---\na: 1\n --- \n",
  "---\na: |\n  ---x\n---\n",
  "---\r\na: 1\r\n---\r\n",
  "---\r\na: 1\r\nb: 2\r\n---  \r\n\r\n",
  "---\r\n\r\n---\r\n",
  "---\r\n---\r\n",
  "---\ra: 1\r---\r",
  "---\na: 1\r\n---\r",
  "---\r\na: 1\n\r---",
  "\uFEFF---\na: 1\n---\n",
  " ---\na: 1\n---\n",
];

/** Bodies with and without each GFM construct, and the CommonMark around them. */
const BODIES = [
  "",
  "\n",
  "# Syfte\n\nGruppen ska samordna.\n",
  "Rubrik\n---\n",
  "---\n",
  "Text\n\n---\n\nmer\n",
  "abc\n:--\n",
  "abc\n--:\n",
  "a | b\n-|-\n1 | 2\n",
  "| a |\n| - |\n| 1 |\n",
  "~~struken~~ och ~enkel~",
  "Se www.vgregion.se och WWW.Exempel.se.",
  "Länk: HTTPS://exempel.se/a?b=c och http://x.se",
  "Skriv till anna.andersson@vgregion.se",
  "mailto:x@y.se xmpp:a@b.se/c",
  "Fotnot[^1].\n\n[^1]: Anmärkning.\n",
  "- [ ] ska göras\n- [x] gjort\n- [X] också\n",
  "* [\t] tabb\n",
  "Hård  \nradbrytning\n",
  "<div>html</div>\n\n<!-- mandat:include mandates/standardtexter/samordningsrad.md -->\n",
  "    kod\n",
  "```yaml\na: 1\n---\n```\n",
  "> citat\n> mer\n",
  "1. ett\n2. två\n   - under\n",
  "[länk][ref] och [inline](/a \"t\")\n\n[ref]: /url\n",
  "*betoning* **stark** `kod`",
  "a\tb\tc\n\tindrag\n",
  "tomma rader efter\n\n\n\n",
  "ingen radslut",
  "å ä ö – “citat” 😀 \u00ad mjukt",
  "Tid 9:00-12:00, rum A-1",
  "\\| escaped pipe",
  "[ ] inte en lista",
  "Windows\r\nrader\r\n\r\n| a |\r\n| - |\r\n",
  "gamla Mac\rrader\r\r# Rubrik\r",
];

describe("parseMarkdown", () => {
  it("gives the full processor's tree for every frontmatter shape before every body", () => {
    for (const matter of FRONTMATTERS) for (const body of BODIES) same(matter + body);
  });

  it("gives the full processor's tree for the documents and fixtures in the repository", () => {
    const files = ["mandates", "tests/fixtures"]
      .flatMap((dir) => readdirSync(join(REPO_ROOT, dir), { recursive: true }).map((f) => join(REPO_ROOT, dir, String(f))))
      .filter((f) => f.endsWith(".md"));
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) same(readFileSync(file, "utf8"));
  });

  it("gives the full processor's tree for random mixes of those pieces", () => {
    // Single characters too, so that a construct can come together from pieces ("w" "ww" ".").
    const piece = fc.constantFrom(...BODIES, ...FRONTMATTERS, ..."|~@:-[]^xX wW.hH/tps\n\t*_`>#1", "ww", "tt", "---", "[^1]:", "- [ ]", "\r\n", "\r");
    fc.assert(
      fc.property(fc.constantFrom(...FRONTMATTERS), fc.array(piece, { maxLength: 12 }), (matter, pieces) => same(matter + pieces.join(""))),
      { seed: Number(process.env.MARKDOWN_SEED ?? 20261201), numRuns: Number(process.env.MARKDOWN_RUNS ?? 400) },
    );
  });

  it("finds a table that has no pipe, which CommonMark alone reads as a paragraph", () => {
    const tree = parseMarkdown("---\ntitle: x\n---\nabc\n:--\n");
    expect(tree.children.map((node) => node.type)).toEqual(["yaml", "table"]);
    expect(tree.children[1]!.position?.start).toEqual({ line: 4, column: 1, offset: 17 });
  });
});

/** `[Samordningsråd onkologi](grupp:samordningsrad-onkologi)`: a link on the site, text in the PDF. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderPlan } from "../../src/build.js";
import { check } from "../../src/check.js";
import { mdastToHtml } from "../../src/html/markdown.js";
import { copyMandates, type Fixture } from "../helpers/fixture.js";
import type { Root } from "mdast";

const SLUG = "samordnande-grupp-utveckling-hos";
const FILE = `mandates/${SLUG}.md`;
const LINKS = [
  "Se [Samordningsråd *onkologi*](grupp:samordningsrad-onkologi),",
  "[Klinisk ledning](grupp:klinisk-ledning) och [oss själva](grupp:samordnande-grupp-utveckling-hos).",
].join("\n");

describe("group links", () => {
  let fx: Fixture;
  let pdfHtml: string;
  let siteHtml: string;

  beforeAll(async () => {
    fx = await copyMandates();
    await fx.replace(FILE, "Enligt rutin för koncernövergripande grupper.", `Enligt rutin för koncernövergripande grupper.\n\n${LINKS}`);
    const result = await check({ root: fx.dir, keepTrees: true });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const plan = renderPlan(result);
    pdfHtml = plan.printHtml(plan.docs.find((d) => d.input.slug === SLUG)!);
    siteHtml = String((await plan.pages()).find((f) => f.path === `dokument/${SLUG}.html`)!.content);
  });

  afterAll(() => fx?.remove());

  it("link to the group's page on the site, whether or not the group has a mandate in the build", () => {
    expect(siteHtml).toContain('<a href="../grupp/samordningsrad-onkologi.html">Samordningsråd <em>onkologi</em></a>,');
    expect(siteHtml).toContain('<a href="../grupp/samordnande-grupp-utveckling-hos.html">oss själva</a>');
    expect(siteHtml).toContain('<a href="../grupp/klinisk-ledning.html">Klinisk ledning</a> och ');
  });

  it("are always plain text in the PDF", () => {
    expect(pdfHtml).toContain("Se Samordningsråd <em>onkologi</em>,\nKlinisk ledning och oss själva.");
    expect(pdfHtml).not.toMatch(/<a [^>]*href="[^"]*(?:grupp:|\.html)/);
  });

  it("never let grupp: reach the output", () => {
    expect(siteHtml).not.toContain("grupp:");
    expect(pdfHtml).not.toContain("grupp:");
  });

  it("are sanitised after they are resolved", () => {
    const tree: Root = {
      type: "root",
      children: [{ type: "paragraph", children: [{ type: "link", url: "grupp:x", children: [{ type: "text", value: "x" }] }] }],
    };
    expect(mdastToHtml(tree, { groupHref: () => "javascript:alert(1)" })).toBe("<p><a>x</a></p>");
    expect(mdastToHtml(tree, { groupHref: () => "x.html" })).toBe('<p><a href="x.html">x</a></p>');
    expect(mdastToHtml(tree)).toBe("<p>x</p>");
    // The parsed tree is shared by the checks and both renderings: it is not changed.
    expect((tree.children[0] as { children: { type: string }[] }).children[0]!.type).toBe("link");
  });
});

/** The samordningsråd share one standard text (mandates/standardtexter/samordningsrad.md). */
import type { RootContent } from "mdast";
import { describe, expect, it } from "vitest";
import { renderableInputs } from "../../src/build.js";
import { check } from "../../src/check.js";
import { headings, plainText } from "../../src/util/mdast.js";
import { copyMandates, locate, REPO } from "../helpers/fixture.js";
import { brief } from "../helpers/brief.js";

const COUNCILS = ["mandates/samordningsrad-infektion.md", "mandates/samordningsrad-onkologi.md"];
const SHARED = "mandates/standardtexter/samordningsrad.md";

describe("the councils' shared standard text", () => {
  it("gives both councils the same sections and body, from the shared file", async () => {
    const result = await check({ root: REPO, keepTrees: true, cache: false });
    expect(result.diagnostics.filter((d) => d.severity === "error" && [...COUNCILS, SHARED].includes(d.file))).toEqual([]);
    const bodies = COUNCILS.map((path) => {
      const tree = result.documents.find((d) => d.path === path)!.tree!;
      const body = tree.children.filter((n: RootContent) => n.type !== "yaml");
      // Every body node was written in the shared text and says so.
      expect(body.every((n) => (n.data as { source?: string } | undefined)?.source === SHARED)).toBe(true);
      return { headings: headings(tree).map((h) => `${"#".repeat(h.depth)} ${h.text}`), text: body.map(plainText).join("\n") };
    });
    expect(bodies[0]!.headings).toEqual([
      "## Syfte med uppdraget",
      "## Uppdragsbeskrivning",
      "## Samband och gränsdragning till andra uppdrag och pågående arbete",
      "## Kommunikation",
      "## Beslutsordning",
      "### Rapportering",
      "### Beslutsfattande",
    ]);
    // The same text, but for the one word infektion's original spells otherwise (its deviations:).
    expect(bodies[1]!.headings).toEqual(bodies[0]!.headings);
    expect(bodies[0]!.text.replace("näralliggande som kan påverkas", "näraliggande som kan påverkas")).toEqual(bodies[1]!.text);
    expect(bodies[0]!.text).toContain("både inom eget verksamhetsområde och näralliggande som kan påverkas");
    expect(bodies[1]!.text).toContain("både inom eget verksamhetsområde och näraliggande som kan påverkas");
  });

  it("is no document of its own: not checked alone, not rendered, but its source is at hand for code frames", async () => {
    const result = await check({ root: REPO });
    expect(result.documents.map((d) => d.path)).not.toContain(SHARED);
    expect(renderableInputs(result).map((i) => i.slug)).not.toContain("samordningsrad");
    expect(result.sharedTexts.map((f) => f.path)).toEqual([SHARED]);
  });

  it("naming the shared text on the command line checks the documents that include it", async () => {
    const result = await check({ root: REPO, paths: [SHARED] });
    expect(result.documents.map((d) => d.path)).toEqual(COUNCILS);
  });

  it("reports another rule's problem in the shared text against the shared file and its line, once", async () => {
    const fx = await copyMandates();
    try {
      const at = await fx.replace(SHARED, "## Kommunikation\n", "## Kommunikatoin\n");
      expect(locate(await fx.read(SHARED), "## Kommunikatoin")).toEqual(at);
      const result = await check({ root: fx.dir });
      const ds = result.diagnostics.filter((d) => d.ruleId === "required-sections");
      expect(ds.map(brief)).toEqual([
        `${SHARED}:${at.line}:1 Rubriken "Kommunikation" saknas; "Kommunikatoin" liknar den. Menade du Kommunikation?`,
      ]);
    } finally {
      await fx.remove();
    }
  });
});

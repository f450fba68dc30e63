import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { locate, REPO, type Fixture } from "../helpers/fixture.js";
import { brief, diagnosticsAfter } from "../helpers/rules.js";

const FILE = "mandates/samordnande-grupp-utveckling-hos.md";
const RULE = { rule: "external-link-domain" };
const SENTENCE = "Enligt rutin för koncernövergripande grupper.";
const CONFIG = JSON.stringify({ links: { allowedDomains: ["vgregion.se", "1177.se"] } });

/** The repository's config plus `markdown` after the Kommunikation sentence; returns the edited text. */
async function withLinks(fx: Fixture, markdown: string, config = CONFIG): Promise<string> {
  await fx.write("mandat.config.json", config);
  await fx.replace(FILE, SENTENCE, `${SENTENCE}\n\n${markdown}`);
  return fx.read(FILE);
}

describe("external-link-domain", () => {
  it("accepts the real documents with the repository's mandat.config.json", async () => {
    const config = await readFile(join(REPO, "mandat.config.json"), "utf8");
    expect(JSON.parse(config).links.allowedDomains).toContain("vgregion.se");
    expect(await diagnosticsAfter((fx) => fx.write("mandat.config.json", config), RULE)).toEqual([]);
  });

  it("accepts allowed domains and their subdomains, mailto:, grupp:, fragments and relative links", async () => {
    const ds = await diagnosticsAfter(
      (fx) =>
        withLinks(
          fx,
          [
            "[Rutin](https://www.vgregion.se/halsa-och-vard/) och [start](http://VGREGION.se) och <https://intra.vgregion.se/x>",
            "och www.1177.se och [mejla](mailto:a@vgregion.se) och a@vgregion.se och [rådet](grupp:samordningsrad-onkologi)",
            "och [ovan](#syfte-med-uppdraget) och [bild](bilaga.pdf) och [ref][r].",
            "",
            "[r]: https://www.vgregion.se/r",
          ].join("\n"),
        ),
      RULE,
    );
    expect(ds).toEqual([]);
  });

  it("reports a host one letter from an allowed domain with a suggestion, at the link", async () => {
    let text = "";
    const ds = await diagnosticsAfter(async (fx) => {
      text = await withLinks(fx, "Se [rutinen](https://www.vregion.se/rutin).");
    }, RULE);
    const at = locate(text, "[rutinen]");
    expect(ds.map(brief)).toEqual([`${FILE}:${at.line}:${at.column} Länken går till www.vregion.se, som inte är en tillåten domän. Menade du vgregion.se?`]);
    expect(ds[0]!.note).toBe("Tillåtna domäner (links.allowedDomains i mandat.config.json): vgregion.se, 1177.se.");
    expect(ds[0]!.expected).toEqual(["vgregion.se"]);
  });

  it("reports other hosts, look-alikes, bare URLs, autolinks, images and definitions", async () => {
    let text = "";
    const ds = await diagnosticsAfter(async (fx) => {
      text = await withLinks(
        fx,
        [
          "Se [a](https://example.com/x) och <https://vgregion.se.evil.example/>",
          "och www.example.org och ![bild](http://tracker.example/p.png) och [b][d].",
          "",
          "[d]: https://evilvgregion.se/",
        ].join("\n"),
      );
    }, RULE);
    const expected = [
      ["[a]", "example.com"],
      ["<https://vgregion.se.evil", "vgregion.se.evil.example"],
      ["www.example.org", "www.example.org"],
      ["![bild]", "tracker.example"],
      ["[d]:", "evilvgregion.se"],
    ].map(([needle, host]) => {
      const at = locate(text, needle!);
      return `${FILE}:${at.line}:${at.column} Länken går till ${host}, som inte är en tillåten domän.`;
    });
    expect(ds.map(brief)).toEqual(expected);
  });

  it("refuses javascript:, file: and other schemes", async () => {
    let text = "";
    const ds = await diagnosticsAfter(async (fx) => {
      text = await withLinks(fx, "[a](javascript:alert(1)) och [b](file:///etc/passwd) och [c](JavaScript:x) och [d](data:text/html,x)");
    }, RULE);
    expect(ds.map(brief)).toEqual(
      [
        ["[a]", "javascript:"],
        ["[b]", "file:"],
        ["[c]", "javascript:"],
        ["[d]", "data:"],
      ].map(([needle, scheme]) => {
        const at = locate(text, needle!);
        return `${FILE}:${at.line}:${at.column} Länkar med ${scheme} är inte tillåtna.`;
      }),
    );
    expect(ds[0]!.note).toBe("Länka med https: till en tillåten domän, mailto: till en e-postadress eller grupp: till en grupp i registret.");
  });

  it("without links.allowedDomains every web link is reported", async () => {
    const ds = await diagnosticsAfter((fx) => withLinks(fx, "[a](https://www.vgregion.se/)", "{}"), RULE);
    expect(ds.map((d) => [d.message, d.note])).toEqual([
      ["Länken går till www.vgregion.se, som inte är en tillåten domän.", "Tillåtna domäner (links.allowedDomains i mandat.config.json): inga. Rätta länken eller lägg till domänen om den ska få förekomma."],
    ]);
  });

  it("speaks English with lang en", async () => {
    const ds = await diagnosticsAfter((fx) => withLinks(fx, "[a](https://vregion.se)"), { ...RULE, lang: "en" });
    expect(ds.map((d) => d.message)).toEqual(["The link goes to vregion.se, which is not an allowed domain. Did you mean vgregion.se?"]);
  });
});

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/check.js";
import { cli, REPO } from "../helpers/fixture.js";

const documents = [
  ...readdirSync(join(REPO, "mandates")).filter((f) => f.endsWith(".md")).map((f) => `mandates/${f}`),
  ...readdirSync(join(REPO, "mandates/motesanteckningar")).map((f) => `mandates/motesanteckningar/${f}`),
];

describe("the bundled real documents", () => {
  it("are the four mandates and the meeting notes of the seeds", () => {
    expect(documents.sort()).toEqual([
      "mandates/motesanteckningar/2026-02-19-samordnande-grupp-utveckling-hos.md",
      "mandates/samordnande-grupp-utveckling-hos.md",
      "mandates/samordningsgrupp-medicinska-biblioteksfragor.md",
      "mandates/samordningsrad-infektion.md",
      "mandates/samordningsrad-onkologi.md",
    ]);
  });

  it.each(documents)("%s passes check with no diagnostics", async (path) => {
    const result = await check({ root: REPO, paths: [path] });
    expect(result.diagnostics).toEqual([]);
    expect(result.documents).toHaveLength(1);
    expect(result.documents[0]!.skipped).toEqual([]);
  });

  it("the whole corpus passes `mandat check` with exit 0", async () => {
    const run = await cli(["check"], REPO);
    expect(run.stdout).toBe("5 dokument kontrollerade: inga problem.\n20 diagnoser dolda av mandat-disable-next-line.\n");
    expect(run.code).toBe(0);
  });

  // The originals' own mistakes, kept verbatim and acknowledged with mandat-disable-next-line comments.
  // (The notes' missing approval is none: unapproved notes are preliminary, which the PDF says.)
  it("hides exactly the known mistakes of the originals", async () => {
    const result = await check({ root: REPO, today: "2026-11-23" });
    const hos = "mandates/samordnande-grupp-utveckling-hos.md";
    const notes = "mandates/motesanteckningar/2026-02-19-samordnande-grupp-utveckling-hos.md";
    const signatory =
      "Beslutet är fattat av Jonas Claesson (hälso- och sjukvårdsdirektör), men uppdragsgivaren är Karin Looström Muth (hälso- och sjukvårdsutvecklingsdirektör) och ingen delegation är angiven.";
    expect(result.suppressed.map((d) => `${d.file} ${d.ruleId} ${d.message}`).sort()).toEqual(
      [
        `mandates/samordningsrad-infektion.md decision-signatory ${signatory}`,
        `mandates/samordningsrad-onkologi.md decision-signatory ${signatory}`,
        `${notes} guest-item-responsible Katrin Modig Pallin anges för punkt 7 men är ansvarig för punkt 6. Menade du punkt 6?`,
        `${notes} guest-item-responsible Marie Almlöf anges för punkt 7 men är ansvarig för punkt 6. Menade du punkt 6?`,
        `${notes} guest-item-responsible Ann-Sofi Ardfelt anges för punkt 7 men är ansvarig för punkt 6. Menade du punkt 6?`,
        `${notes} guest-item-responsible Maria Dahlström anges för punkt 8 men är ansvarig för punkt 7. Menade du punkt 7?`,
        `${notes} guest-item-responsible Emelie Mellbrand anges för punkt 8 men är ansvarig för punkt 7. Menade du punkt 7?`,
        `${hos} person-contact-conflict E-postadressen jens.patrik.johansson@vgregion.se för Patrik Johansson skiljer sig från registrets patrik.jens.johansson@vgregion.se.`,
        `${hos} name-near-miss "hälso- och utvecklingsdirektör" liknar rollen Hälso- och sjukvårdsutvecklingsdirektör men är inte samma. Menade du hälso- och sjukvårdsutvecklingsdirektör?`,
        `${hos} name-near-miss "Folk tandvården" liknar organisationen Folktandvården men är inte samma. Menade du Folktandvården?`,
        `${hos} name-near-miss "Hälsa- och sjukvårdsutvecklingsdirektören" liknar rollen Hälso- och sjukvårdsutvecklingsdirektör men är inte samma. Menade du Hälso- och sjukvårdsutvecklingsdirektören?`,
        `mandates/standardtexter/samordningsrad.md diarienummer-format Diarienumret "RS 2024 – 00370" har fel form; skriv RS 2024-00370.`,
        `mandates/standardtexter/samordningsrad.md external-link-domain Länken går till vregion.se, som inte är en tillåten domän. Menade du vgregion.se?`,
        `mandates/samordningsgrupp-medicinska-biblioteksfragor.md diarienummer-format Diarienumret "SSN 2026–00233" har fel form; skriv SSN 2026-00233.`,
        `mandates/samordningsrad-infektion.md placeholder-text Platshållaren "ifylls av beslutsfattaren vid godkännande" står kvar i en fastställd uppdragshandling.`,
        `mandates/samordningsrad-onkologi.md placeholder-text Platshållaren "ifylls av beslutsfattaren vid godkännande" står kvar i en fastställd uppdragshandling.`,
        `mandates/samordningsrad-infektion.md standard-text-deviation Skiljer sig från standardtexten: "näraliggande som kan påverkas" står här som "näralliggande som kan påverkas".`,
        `${notes} meeting-mandate Ordföranden Karin Looström Muth var inte närvarande, och ingen annan är angiven som ordförande för mötet.`,
        `${notes} person-name "Ann-Sofie A" liknar Ann-Sofi Ardfelt i personregistret men stavas inte så. Menade du Ann-Sofi A?`,
        `${notes} as-written Originalet skriver "Rehabilitering & Hälsa" för organisationen habilitering-och-halsa, som i registret heter Habilitering & Hälsa.`,
      ].sort(),
    );
  });
});

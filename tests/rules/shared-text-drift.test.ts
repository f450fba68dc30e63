import rule from "../../src/rules/shared-text-drift.js";
import { copyOf, edits, replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const ALFA = "mandates/styrgrupp-alfa.md";
const BETA = "mandates/arbetsgrupp-beta.md";
const SHARED = "mandates/standardtexter/gemensamt.md";
const P1 = "Gruppen ansvarar för att leda arbetet mellan förvaltningarna och för att följa upp de gemensamma målen inom området under hela året.";
const P2 = "Gruppen ska också bidra till att goda exempel sprids mellan verksamheterna och att erfarenheter tas tillvara i det fortsatta arbetet med utvecklingen.";
const P3 = "Gruppen rapporterar löpande om arbetets framsteg och lyfter frågor som behöver beslut till den instans som har mandat att fatta dem.";
const PASSAGE = [P1, P2, P3].join("\n\n");
/** The passage under "Samband …" of a mandate. */
const withPassage = (text: string) => replace("Inga.", `Inga.\n\n${text}`);
/** A mandate for arbetsgrupp beta (a subgroup of styrgrupp alfa), made from the base mandate. */
const beta = (...more: ((text: string) => string)[]) =>
  copyOf(
    ALFA,
    edits(
      replace("title: Uppdragshandling för styrgrupp alfa", "title: Uppdragshandling för arbetsgrupp beta"),
      replace("group: styrgrupp-alfa", "group: arbetsgrupp-beta"),
      replace("Styrgruppen samordnar arbetet enligt RS 2020-00001.", "Arbetsgruppen bereder frågor åt styrgruppen."),
      replace("Styrgruppen följer upp arbetet i [Arbetsgrupp beta](grupp:arbetsgrupp-beta).", "Arbetsgruppen tar fram underlag."),
      replace("Anteckningar publiceras på [intranätet](https://intra.exempel.se/styrgrupp).", "Anteckningar skickas till styrgruppen."),
      ...more,
    ),
  );

ruleTester(rule, {
  valid: [
    { name: "the base repository (one mandate)" },
    { name: "two mandates that share one paragraph only (a template phrase, not a passage)", files: { [ALFA]: withPassage(P1), [BETA]: beta(withPassage(P1)) } },
    {
      name: "two mandates that include the same standard text",
      files: { [SHARED]: `${PASSAGE}\n`, [ALFA]: replace("Inga.", `<!-- mandat:include ${SHARED} -->`), [BETA]: beta(replace("Inga.", `<!-- mandat:include ${SHARED} -->`)) },
    },
    { name: "two mandates whose passages differ in more than a word or two", files: { [ALFA]: withPassage(PASSAGE), [BETA]: beta(withPassage(PASSAGE.replace(/Gruppen/g, "Arbetsgruppen i sin helhet"))) } },
  ],
  invalid: [
    {
      // Drift: the same three paragraphs in two mandates, one word already different.
      name: "the same passage, nearly verbatim, in two mandates that share no text",
      files: { [ALFA]: withPassage(PASSAGE), [BETA]: beta(withPassage(PASSAGE.replace("följa upp de gemensamma", "följa upp gemensamma"))) },
      errors: [
        {
          messageId: "drift",
          file: ALFA,
          at: "Gruppen ansvarar för",
          startOnly: true,
          severity: "warning",
          // The three paragraphs and the Rapportering sentence both mandates have.
          data: { count: "4", other: BETA },
          message: `Avsnittet från "Gruppen ansvarar för att leda arbetet mellan förvaltningarna…" (4 stycken) är nästan likadant i ${BETA}, men dokumenten delar ingen standardtext.`,
          related: [{ file: BETA, at: "Gruppen ansvarar för", message: "nästan likadant här" }],
        },
      ],
    },
    {
      name: "a passage of a standard text that another mandate includes, written out instead of included",
      files: { [SHARED]: `${PASSAGE}\n`, [ALFA]: replace("Inga.", `<!-- mandat:include ${SHARED} -->`), [BETA]: beta(withPassage(PASSAGE)) },
      errors: [
        {
          messageId: "driftShared",
          file: BETA,
          at: "Gruppen ansvarar för",
          startOnly: true,
          data: { shared: SHARED, other: ALFA },
          note: `Ersätt avsnittet med <!-- mandat:include ${SHARED} --> och ange det som skiljer med deviations:.`,
        },
      ],
    },
  ],
});

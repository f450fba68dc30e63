/**
 * The originals' sentences that the PDFs do not print verbatim, each with its reason: labels and
 * layout of mandat's letter, never the text or a fact. docs/konvertering.md lists the same
 * (tests/originals.test.ts holds the two together).
 */
import type { Exception } from "./helpers/originals.js";

const LETTERHEAD_DATE = "brevhuvudet skriver ledtexten med kolon (\"Datum:\", \"Diarienummer:\")";
const DECISION_BLOCK = "beslutsblocket skriver \"Datum för beslut:\"; diarienumret står i brevhuvudet";
const ATTENDEE_DASH = "deltagarraden skrivs \"namn – uppgifter\" med mellanslag kring tankstrecket";

export const EXCEPTIONS: Record<string, Exception[]> = {
  "000_014d1c9c94ba5a9c.txt": [
    { sentence: "Datum 2026-03-16", reason: DECISION_BLOCK },
    { sentence: "Diarienummer SSN 2026–00233", reason: DECISION_BLOCK },
    { sentence: "Uppdraget skickas till:", reason: "rubriken skrivs utan kolon" },
  ],
  "001_4d3f5884ebafad97.txt": [],
  "002_d00c80be2910413f.txt": [
    { sentence: "Datum 2026-06-16", reason: LETTERHEAD_DATE },
    { sentence: "Diarienummer RS 2024-00784", reason: LETTERHEAD_DATE },
  ],
  "003_099b6e9723f1b9e1.txt": [
    { sentence: "Datum 2026-02-19", reason: LETTERHEAD_DATE },
    { sentence: "Deltagare", reason: "deltagarlistan har rubrikerna \"Närvarande\" och \"Frånvarande\" i stället för överstrykning" },
    { sentence: "Karin Looström Muth – ordförande, Koncernkontoret - anmält förhinder", reason: ATTENDEE_DASH },
    { sentence: "Mattias Bjarnegård – utvecklingsdirektör SU", reason: "roll och organisation skiljs med kommatecken (\"utvecklingsdirektör, SU\")" },
    { sentence: "Petra Dannapfel– Sjukhusen i Väster", reason: ATTENDEE_DASH },
    { sentence: "Susanne Gustavsson– Koncernkontoret", reason: ATTENDEE_DASH },
    { sentence: "Mötespunkt", reason: "dagordningen är rubriker \"N. Titel\", inte originalets tabell med kolumnrubriker" },
    { sentence: "Anteckning", reason: "dagordningen är rubriker \"N. Titel\", inte originalets tabell med kolumnrubriker" },
    {
      sentence: "2026-05-28 – 9:00 – 12:00- tillsammans med FG.digitalisering 2h",
      reason: "anmärkningen skrivs efter \" – \" som tiderna (originalet: \"12:00- \" och kursiv)",
    },
  ],
  "004_d646838d3b096807.txt": [
    { sentence: "Datum 2026-06-16", reason: LETTERHEAD_DATE },
    { sentence: "Diarienummer RS 2024-00784", reason: LETTERHEAD_DATE },
  ],
};

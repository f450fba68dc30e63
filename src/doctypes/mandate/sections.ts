/** The headings of VGR's template for uppdragshandlingar, in order (checked by required-sections). */
import type { SectionSpec } from "../../link/context.js";

const exact = (name: string) => (text: string) => text === name;

export const MANDATE_SECTIONS: readonly SectionSpec[] = [
  { depth: 2, name: "Syfte med uppdraget", matches: exact("Syfte med uppdraget") },
  { depth: 2, name: "Uppdragsbeskrivning", matches: exact("Uppdragsbeskrivning") },
  { depth: 2, name: "Samband och gränsdragning …", matches: (t) => /^Samband och gränsdragning\b/.test(t) },
  { depth: 2, name: "Kommunikation", matches: exact("Kommunikation") },
  { depth: 2, name: "Beslutsordning", matches: exact("Beslutsordning") },
  { depth: 3, name: "Rapportering", matches: exact("Rapportering"), parent: "Beslutsordning" },
  { depth: 3, name: "Beslutsfattande", matches: exact("Beslutsfattande"), parent: "Beslutsordning" },
];

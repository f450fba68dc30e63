import type { LinkContext } from "../link/compat.js";
import { closest } from "../util/closest.js";
import { defineRule } from "../link/rule.js";
import { bodyStart, fileOfNode, headings, placeOfNode, type HeadingInfo } from "../link/compat.js";

interface Expected {
  depth: 2 | 3;
  name: string;
  /** The originals vary the tail of some headings ("… till andra uppdrag/koncernövergripande grupper"). */
  matches: (text: string) => boolean;
  /** For depth 3: the h2 it belongs under. */
  parent?: string;
}

const exact = (name: string) => (text: string) => text === name;

/** The headings of VGR's template for uppdragshandlingar, in order. */
export const MANDATE_SECTIONS: Expected[] = [
  { depth: 2, name: "Syfte med uppdraget", matches: exact("Syfte med uppdraget") },
  { depth: 2, name: "Uppdragsbeskrivning", matches: exact("Uppdragsbeskrivning") },
  { depth: 2, name: "Samband och gränsdragning …", matches: (t) => /^Samband och gränsdragning\b/.test(t) },
  { depth: 2, name: "Kommunikation", matches: exact("Kommunikation") },
  { depth: 2, name: "Beslutsordning", matches: exact("Beslutsordning") },
  { depth: 3, name: "Rapportering", matches: exact("Rapportering"), parent: "Beslutsordning" },
  { depth: 3, name: "Beslutsfattande", matches: exact("Beslutsfattande"), parent: "Beslutsordning" },
];

const rule = defineRule({
  id: "required-sections",
  severity: "error",
  stage: "link",
  description: {
    sv: "En uppdragshandling har mallens rubriker i mallens ordning.",
    en: "A mandate has the template's headings in the template's order.",
  },
  messages: {
    missing: {
      sv: "Rubriken \"{{heading}}\" saknas.",
      en: "The heading \"{{heading}}\" is missing.",
      note: { sv: "Lägg till {{markup}} {{heading}} {{where}}.", en: "Add {{markup}} {{heading}} {{where}}." },
    },
    missingSuggest: {
      sv: "Rubriken \"{{heading}}\" saknas. Menade du att \"{{actual}}\" ska heta \"{{heading}}\"?",
      en: "The heading \"{{heading}}\" is missing. Should \"{{actual}}\" be \"{{heading}}\"?",
      note: { sv: "Mallens rubriker skrivs exakt så, för att registret och PDF:en ska hitta dem.", en: "Template headings are spelt exactly so the register and the PDF can find them." },
    },
    order: {
      sv: "Rubriken {{heading}} står före {{previous}}, men mallen har den efter.",
      en: "The heading {{heading}} comes before {{previous}}, but the template has it after.",
      note: { sv: "Flytta avsnittet så att ordningen blir {{order}}.", en: "Move the section so the order is {{order}}." },
    },
  },
  check(ctx) {
    // Needs only the body, so it runs even when the frontmatter has schema errors.
    for (const file of ctx.documents.filter((d) => d.type === "uppdragshandling")) {
      // With text that could not be included, missing headings would only echo the include error.
      if (!file.tree || file.skipped.includes("include")) continue;
      const all = headings(file.tree);
      const found = new Map<string, HeadingInfo>();
      for (const expected of MANDATE_SECTIONS) {
        const candidates = expected.parent ? under(all, expected.parent) : all.filter((h) => h.depth === 2);
        const hit = candidates.find((h) => expected.matches(h.text));
        if (hit) {
          found.set(expected.name, hit);
          continue;
        }
        const unmatched = candidates.filter((h) => !MANDATE_SECTIONS.some((e) => e.depth === h.depth && e.matches(h.text)));
        const near = closest(expected.name.replace(" …", ""), unmatched.map((h) => h.text), 1)[0];
        const nearNode = near ? unmatched.find((h) => h.text === near) : undefined;
        const parentNode = expected.parent ? found.get(expected.parent) : undefined;
        const where =
          ctx.lang === "sv"
            ? expected.parent ? `under ## ${expected.parent}` : "i brödtexten"
            : expected.parent ? `under ## ${expected.parent}` : "to the body";
        const at = nearNode ?? parentNode;
        ctx.report(rule, {
          file: at ? fileOfNode(at.node, file.path) : file.path,
          place: at ? placeOfNode(at.node) : bodyStart(file.tree),
          messageId: nearNode ? "missingSuggest" : "missing",
          data: { heading: expected.name, actual: nearNode?.text ?? "", markup: "#".repeat(expected.depth), where },
        });
      }
      // Order of the h2 sections that are present.
      const present = MANDATE_SECTIONS.filter((e) => e.depth === 2 && found.has(e.name));
      for (let i = 1; i < present.length; i++) {
        const previous = found.get(present[i - 1]!.name)!;
        const current = found.get(present[i]!.name)!;
        if (current.index < previous.index) {
          ctx.report(rule, {
            file: fileOfNode(current.node, file.path),
            place: placeOfNode(current.node),
            messageId: "order",
            data: { heading: current.text, previous: previous.text, order: present.map((e) => e.name).join(" → ") },
          });
        }
      }
    }
  },
});

/** The h3 headings between `## parent` and the next h2. */
function under(all: HeadingInfo[], parent: string): HeadingInfo[] {
  const start = all.findIndex((h) => h.depth === 2 && h.text === parent);
  if (start < 0) return [];
  const out: HeadingInfo[] = [];
  for (const h of all.slice(start + 1)) {
    if (h.depth <= 2) break;
    if (h.depth === 3) out.push(h);
  }
  return out;
}

export default rule;

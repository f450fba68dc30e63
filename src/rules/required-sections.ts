import { defineRule } from "../link/rule.js";
import { hasCompleteBody } from "../parse/doc.js";
import { closest } from "../util/closest.js";
import { bodyStart, headings, type HeadingInfo } from "../util/mdast.js";

/** The template headings a document type declares (`sections`), present and in the template's order. */
const rule = defineRule({
  id: "required-sections",
  severity: "error",
  stage: "link",
  // Looks at one document at a time (and the registry), so its findings are cached per document.
  scope: "document",
  description: {
    sv: "Ett dokument har sin dokumenttyps mallrubriker (för uppdragshandlingar: mallens rubriker) i mallens ordning.",
    en: "A document has the template headings of its document type (for mandates: the template's headings) in the template's order.",
  },
  messages: {
    missing: {
      sv: "Rubriken \"{{heading}}\" saknas.",
      en: "The heading \"{{heading}}\" is missing.",
      note: { sv: "Lägg till {{markup}} {{heading}} {{where}}.", en: "Add {{markup}} {{heading}} {{where}}." },
    },
    missingSuggest: {
      sv: "Rubriken \"{{heading}}\" saknas; \"{{actual}}\" liknar den.",
      en: "The heading \"{{heading}}\" is missing; \"{{actual}}\" looks like it.",
      note: { sv: "Mallens rubriker skrivs exakt så, för att registret och PDF:en ska hitta dem.", en: "Template headings are spelt exactly so the register and the PDF can find them." },
    },
    order: {
      sv: "Rubriken {{heading}} står före {{previous}}, men mallen har den efter.",
      en: "The heading {{heading}} comes before {{previous}}, but the template has it after.",
      note: { sv: "Flytta avsnittet så att ordningen blir {{order}}.", en: "Move the section so the order is {{order}}." },
    },
  },
  phrases: {
    inBody: { sv: "i brödtexten", en: "to the body" },
  },
  check(ctx) {
    // Needs only the body, so it runs even when the frontmatter has schema errors.
    for (const doc of ctx.documents) {
      const sections = doc.type ? ctx.types.get(doc.type)?.sections : undefined;
      // With text that could not be included, missing headings would only echo the include error.
      if (!sections || !hasCompleteBody(doc)) continue;
      const all = headings(doc.tree);
      const found = new Map<string, HeadingInfo>();
      for (const expected of sections) {
        const candidates = expected.parent ? under(all, expected.parent) : all.filter((h) => h.depth === 2);
        const hit = candidates.find((h) => expected.matches(h.text));
        if (hit) {
          found.set(expected.name, hit);
          continue;
        }
        // A heading that is no template heading but close to this one is most likely it, misspelt.
        const unmatched = candidates.filter((h) => !sections.some((e) => e.depth === h.depth && e.matches(h.text)));
        const near = closest(expected.name.replace(" …", ""), unmatched.map((h) => h.text), 1)[0];
        const nearNode = near ? unmatched.find((h) => h.text === near) : undefined;
        const at = nearNode ?? (expected.parent ? found.get(expected.parent) : undefined);
        const data = {
          heading: expected.name,
          actual: nearNode?.text ?? "",
          markup: "#".repeat(expected.depth),
          where: expected.parent ? `under ## ${expected.parent}` : ctx.phrase("inBody"),
        };
        ctx.report({
          ...(at ? { doc, node: at.node } : { file: doc.path, place: bodyStart(doc.tree) }),
          messageId: nearNode ? "missingSuggest" : "missing",
          data,
          // The misspelt heading is where the diagnostic points; the template's spelling is the guess.
          ...(nearNode && { actual: nearNode.text, expected: [expected.name] }),
        });
      }
      // Order of the h2 sections that are present.
      const present = sections.filter((e) => e.depth === 2 && found.has(e.name));
      const order = present.map((e) => e.name).join(" → ");
      for (let i = 1; i < present.length; i++) {
        const previous = found.get(present[i - 1]!.name)!;
        const current = found.get(present[i]!.name)!;
        if (current.index < previous.index) {
          ctx.report({ doc, node: current.node, messageId: "order", data: { heading: current.text, previous: previous.text, order } });
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

import { parseAgendaHeading } from "../doctypes/meeting-notes/agenda.js";
import type { MeetingNotes } from "../doctypes/meeting-notes/data.generated.js";
import { defineRule } from "../link/rule.js";
import { hasCompleteBody } from "../parse/doc.js";
import { headings } from "../util/mdast.js";

/** Every agenda item of meeting notes has one `## N. Title` section, numbered and titled as in the frontmatter. */
const rule = defineRule({
  id: "agenda-sections",
  severity: "warning",
  stage: "link",
  // Looks at one document at a time (and the registry), so its findings are cached per document.
  scope: "document",
  description: {
    sv: "I mötesanteckningar har varje dagordningspunkt ett avsnitt ## N. Rubrik, med samma nummer och rubrik som i frontmattern.",
    en: "In meeting notes each agenda item has a section ## N. Title with the number and title of the frontmatter.",
  },
  messages: {
    unknownItem: {
      sv: "Avsnittet {{heading}} har nummer {{number}}, men dagordningen har ingen punkt {{number}}.",
      en: "The section {{heading}} is numbered {{number}}, but the agenda has no item {{number}}.",
      note: { sv: "Lägg till punkten under agenda: i frontmattern eller rätta numret.", en: "Add the item under agenda: in the frontmatter or correct the number." },
    },
    titleDiffers: {
      sv: "Rubriken för punkt {{number}} skiljer sig från dagordningen: {{actual}} i texten, {{expected}} i frontmattern.",
      en: "The heading of item {{number}} differs from the agenda: {{actual}} in the text, {{expected}} in the frontmatter.",
      note: { sv: "Skriv samma rubrik på båda ställena.", en: "Use the same title in both places." },
    },
    noSection: {
      sv: "Dagordningspunkt {{number}} ({{title}}) har inget avsnitt i texten.",
      en: "Agenda item {{number}} ({{title}}) has no section in the text.",
      note: { sv: "Lägg till ## {{number}}. {{title}} med anteckningarna från punkten.", en: "Add ## {{number}}. {{title}} with the notes of the item." },
    },
    duplicate: {
      sv: "Punkt {{number}} har redan ett avsnitt.",
      en: "Item {{number}} already has a section.",
    },
  },
  check(ctx) {
    for (const { doc, data } of ctx.ofType<MeetingNotes>("motesanteckning")) {
      // With text that could not be included, missing headings would only echo the include error.
      if (!hasCompleteBody(doc)) continue;
      const seen = new Set<number>();
      for (const h of headings(doc.tree).filter((x) => x.depth === 2)) {
        const section = parseAgendaHeading(h.text);
        if (!section) continue;
        const { number, title } = section;
        const at = { doc, node: h.node };
        const item = data.agenda.find((a) => a.number === number);
        if (!item) {
          ctx.report({ ...at, messageId: "unknownItem", data: { heading: h.text, number } });
          continue;
        }
        if (seen.has(number)) {
          ctx.report({ ...at, messageId: "duplicate", data: { number } });
          continue;
        }
        seen.add(number);
        if (title !== item.title.trim()) {
          ctx.report({ ...at, messageId: "titleDiffers", data: { number, actual: `"${title}"`, expected: `"${item.title}"` } });
        }
      }
      data.agenda.forEach((item, index) => {
        if (seen.has(item.number)) return;
        ctx.report({ doc, path: ["agenda", index, "number"], messageId: "noSection", data: { number: item.number, title: item.title } });
      });
    }
  },
});

export default rule;

import type { Mandate } from "../doctypes/mandate/data.generated.js";
import type { MeetingNotes } from "../doctypes/meeting-notes/data.generated.js";
import { common } from "../diagnostics/messages.js";
import { peopleOf } from "../link/parties.js";
import { defineRule } from "../link/rule.js";

/** Meeting notes are approved (justerade) by the chair of their group. */
const rule = defineRule({
  id: "notes-approved-by-chair",
  severity: "warning",
  stage: "link",
  description: {
    sv: "Mötesanteckningar är justerade av gruppens ordförande.",
    en: "Meeting notes are approved by the group's chair.",
  },
  messages: {
    notApproved: {
      sv: "Anteckningarna är inte justerade; ordförande för {{group}} är {{chair}}.",
      en: "The notes are not approved; the chair of {{group}} is {{chair}}.",
      note: { sv: "Ange approvedBy: med ordförandens id när anteckningarna är justerade.", en: "Set approvedBy: to the chair's id once the notes are approved." },
    },
    notChair: {
      sv: "Anteckningarna är justerade av {{name}}, men ordförande för {{group}} är {{chair}}.",
      en: "The notes are approved by {{name}}, but the chair of {{group}} is {{chair}}.",
    },
  },
  check(ctx) {
    const mandateOf = new Map(ctx.ofType<Mandate>("uppdragshandling").map((m) => [m.data.group, m.data]));
    for (const { doc, data } of ctx.ofType<MeetingNotes>("motesanteckning")) {
      // The chair: from the group's mandate (a person, or whoever holds its role), else the notes' own "ordförande".
      const fromMandate = peopleOf(mandateOf.get(data.group)?.chair, ctx.registry);
      const chairs = fromMandate.length > 0 ? fromMandate : data.attendees.filter((a) => a.function === "ordförande").map((a) => a.person);
      if (chairs.length === 0) continue;
      const names = chairs.map((id) => ctx.registry.nameOf("person", id));
      const about = {
        group: ctx.registry.nameOf("group", data.group),
        chair: { sv: names.join(common.or.sv), en: names.join(common.or.en) },
      };
      if (!data.approvedBy) {
        // Nothing to point at but the frontmatter as a whole.
        ctx.report({ doc, path: [], messageId: "notApproved", data: about });
      } else if (!chairs.includes(data.approvedBy)) {
        ctx.report({
          doc,
          path: ["approvedBy"],
          messageId: "notChair",
          data: { ...about, name: ctx.registry.nameOf("person", data.approvedBy) },
          actual: data.approvedBy,
          expected: chairs,
        });
      }
    }
  },
});

export default rule;

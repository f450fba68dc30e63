import type { Mandate } from "../doctypes/mandate/data.generated.js";
import type { MeetingNotes } from "../doctypes/meeting-notes/data.generated.js";
import { common } from "../diagnostics/messages.js";
import { peopleOf } from "../link/parties.js";
import { defineRule } from "../link/rule.js";

/**
 * Meeting notes are approved (justerade) by the chair of their group or by the person appointed to
 * approve them at the meeting (an attendee with function justerare). Preliminary notes that name no
 * approver yet are fine: notes-approval checks the status itself.
 */
const rule = defineRule({
  id: "notes-approved-by-chair",
  severity: "warning",
  stage: "link",
  description: {
    sv: "Mötesanteckningar justeras av gruppens ordförande eller den som utsetts att justera.",
    en: "Meeting notes are approved by the group's chair or the person appointed to approve them.",
  },
  messages: {
    notChair: {
      sv: "Anteckningarna är justerade av {{name}}, men ordförande för {{group}} är {{chair}}.",
      en: "The notes are approved by {{name}}, but the chair of {{group}} is {{chair}}.",
      note: {
        sv: "Anteckningar justeras av ordföranden eller av en deltagare som utsetts att justera (function: justerare).",
        en: "Notes are approved by the chair or by an attendee appointed to approve them (function: justerare).",
      },
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
      const appointed = data.attendees.filter((a) => a.function === "justerare").map((a) => a.person);
      if (data.approvedBy && !chairs.includes(data.approvedBy) && !appointed.includes(data.approvedBy)) {
        ctx.report({
          doc,
          path: ["approvedBy"],
          messageId: "notChair",
          data: { ...about, name: ctx.registry.nameOf("person", data.approvedBy) },
          actual: data.approvedBy,
          expected: [...chairs, ...appointed],
        });
      }
    }
  },
});

export default rule;

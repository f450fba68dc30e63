import { mandates, meetingNotes, placeIn, type LinkContext } from "../link/compat.js";
import { peopleOf } from "../link/parties.js";
import { defineRule } from "../link/rule.js";

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
    const mandateOf = new Map(mandates(ctx).map((m) => [m.data.group, m.data]));
    for (const { file, data } of meetingNotes(ctx)) {
      // The chair: from the group's mandate (a person, or whoever holds its role), else the notes' own "ordförande".
      const fromMandate = peopleOf(mandateOf.get(data.group)?.chair, ctx.registry);
      const chairs = fromMandate.length > 0 ? fromMandate : data.attendees.filter((a) => a.function === "ordförande").map((a) => a.person);
      if (chairs.length === 0) continue;
      const common = {
        group: ctx.registry.nameOf("group", data.group),
        chair: chairs.map((id) => ctx.registry.nameOf("person", id)).join(ctx.lang === "sv" ? " eller " : " or "),
      };
      if (!data.approvedBy) {
        ctx.report(rule, { file: file.path, place: placeIn(file, [], true), path: [], messageId: "notApproved", data: common });
      } else if (!chairs.includes(data.approvedBy)) {
        ctx.report(rule, {
          file: file.path,
          place: placeIn(file, ["approvedBy"]),
          path: ["approvedBy"],
          messageId: "notChair",
          data: { ...common, name: ctx.registry.nameOf("person", data.approvedBy) },
          expected: chairs,
        });
      }
    }
  },
});

export default rule;

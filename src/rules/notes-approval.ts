import { notesStatus } from "../doctypes/lifecycle.js";
import type { MeetingNotes } from "../doctypes/meeting-notes/data.generated.js";
import { defineRule } from "../link/rule.js";

/**
 * Meeting notes' status agrees with their approval (justering): approved notes name who approved them
 * and when, not before the meeting; preliminary notes carry no approval date. An approver without a
 * date is the person appointed to approve notes still preliminary: that is fine.
 */
const rule = defineRule({
  id: "notes-approval",
  severity: "error",
  stage: "link",
  scope: "document",
  description: {
    sv: "Mötesanteckningars status stämmer med justeringen: vem och när.",
    en: "Meeting notes' status agrees with their approval: who and when.",
  },
  messages: {
    dateWithoutApprover: {
      sv: "Anteckningarna har ett justeringsdatum men ingen justerare.",
      en: "The notes have an approval date but no approver.",
      note: { sv: "Ange approvedBy: med id för den som justerade.", en: "Set approvedBy: to the id of whoever approved them." },
    },
    preliminaryButApproved: {
      sv: "Anteckningarna har status preliminär men är justerade {{approvedOn}}.",
      en: "The notes have status preliminär but were approved on {{approvedOn}}.",
      note: { sv: "Sätt status: justerad, eller ta bort approvedOn: om de inte är justerade.", en: "Set status: justerad, or remove approvedOn: if they are not approved." },
    },
    approvedBeforeMeeting: {
      sv: "Anteckningarna justerades {{approvedOn}}, före mötet {{date}}.",
      en: "The notes were approved on {{approvedOn}}, before the meeting on {{date}}.",
      note: { sv: "Anteckningar justeras efter mötet; rätta datumet.", en: "Notes are approved after the meeting; correct the date." },
    },
  },
  check(ctx) {
    for (const { doc, data } of ctx.ofType<MeetingNotes>("motesanteckning")) {
      const status = notesStatus(data);
      if (status === "preliminär" && data.status === "preliminär" && data.approvedOn) {
        ctx.report({ doc, path: ["status"], messageId: "preliminaryButApproved", data: { approvedOn: data.approvedOn } });
      } else if (!data.status && data.approvedOn && !data.approvedBy) {
        ctx.report({ doc, path: ["approvedOn"], key: true, messageId: "dateWithoutApprover" });
      }
      // ISO dates compare as strings.
      if (data.approvedOn && data.approvedOn < data.date) {
        ctx.report({ doc, path: ["approvedOn"], messageId: "approvedBeforeMeeting", data: { approvedOn: data.approvedOn, date: data.date } });
      }
    }
  },
});

export default rule;

/**
 * Where a document stands in its life. The frontmatter may say it (`status`); when it does not, the
 * facts decide, so documents written before the field existed keep their meaning: a mandate with a
 * decision is adopted, one with a repeal is repealed, anything else a draft; notes with an approver
 * and an approval date are approved, otherwise preliminary.
 */
import type { Mandate } from "./mandate/data.generated.js";
import type { MeetingNotes } from "./meeting-notes/data.generated.js";

export type MandateStatus = NonNullable<Mandate["status"]>;
export type NotesStatus = NonNullable<MeetingNotes["status"]>;

export function mandateStatus(data: Pick<Mandate, "status" | "decision" | "repealed">): MandateStatus {
  if (data.status) return data.status;
  if (data.repealed) return "upphävd";
  return data.decision ? "fastställd" : "utkast";
}

export function notesStatus(data: Pick<MeetingNotes, "status" | "approvedBy" | "approvedOn">): NotesStatus {
  if (data.status) return data.status;
  return data.approvedBy && data.approvedOn ? "justerad" : "preliminär";
}

import rule from "../../src/rules/notes-approval.js";
import { edits, replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const NOTES = "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md";
const approvedOn = (date: string) => replace("approvedBy: ulla-utveckling\n", `approvedBy: ulla-utveckling\napprovedOn: ${date}\n`);
const status = (value: string) => replace("type: motesanteckning\n", `type: motesanteckning\nstatus: ${value}\n`);

ruleTester(rule, {
  valid: [
    { name: "preliminary: the appointed approver named, no date yet (the base notes)" },
    { name: "approved by the chair on a date after the meeting", files: { [NOTES]: approvedOn("2026-02-08") } },
    { name: "approved, said so", files: { [NOTES]: edits(approvedOn("2026-02-08"), status("justerad")) } },
    { name: "preliminary, said so, no approver", files: { [NOTES]: edits(status("preliminär"), replace("approvedBy: ulla-utveckling\n", "")) } },
    { name: "approved on the day of the meeting", files: { [NOTES]: approvedOn("2026-02-01") } },
  ],
  invalid: [
    {
      name: "an approval date without an approver",
      files: { [NOTES]: replace("approvedBy: ulla-utveckling\n", "approvedOn: 2026-02-08\n") },
      errors: [
        {
          messageId: "dateWithoutApprover",
          file: NOTES,
          at: "approvedOn",
          message: "Anteckningarna har ett justeringsdatum men ingen justerare.",
          note: "Ange approvedBy: med id för den som justerade.",
        },
      ],
    },
    {
      name: "said to be preliminary, but approved on a date",
      files: { [NOTES]: edits(approvedOn("2026-02-08"), status("preliminär")) },
      errors: [{ messageId: "preliminaryButApproved", file: NOTES, at: "preliminär", message: "Anteckningarna har status preliminär men är justerade 2026-02-08." }],
    },
    {
      name: "approved before the meeting",
      files: { [NOTES]: approvedOn("2026-01-31") },
      errors: [{ messageId: "approvedBeforeMeeting", file: NOTES, at: "2026-01-31", message: "Anteckningarna justerades 2026-01-31, före mötet 2026-02-01." }],
    },
    {
      name: "in English",
      lang: "en",
      files: { [NOTES]: approvedOn("2026-01-31") },
      errors: [{ messageId: "approvedBeforeMeeting", file: NOTES, at: "2026-01-31", message: "The notes were approved on 2026-01-31, before the meeting on 2026-02-01." }],
    },
  ],
});

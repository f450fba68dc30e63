/** Mötesanteckning: the notes of one meeting of a group. */
import { packageFile } from "../../util/package-file.js";
import { defineDocType } from "../define.js";
import { notesStatus } from "../lifecycle.js";
import type { MeetingNotes } from "./data.generated.js";
import { notesView } from "./view.js";

export default defineDocType<MeetingNotes>({
  type: "motesanteckning",
  name: { sv: "mötesanteckning", en: "meeting notes" },
  plural: { sv: "Mötesanteckningar", en: "Meeting notes" },
  schema: packageFile("schemas/meeting-notes.schema.json"),
  partial: { name: "notes-content", file: packageFile("templates/partials/notes-content.hbs") },
  register: "byGroup",
  view: (input, registry, options) => notesView(input, input.data, registry, options),
  meta(input, registry) {
    const data = input.data;
    const group = registry.nameOf("group", data.group);
    const status = notesStatus(data);
    return {
      title: `Mötesanteckning ${data.date}: ${data.title}`,
      subject: `Mötesanteckning: ${group}`,
      keywords: [group],
      date: data.date,
      ...(status === "justerad" && data.approvedOn && { modified: data.approvedOn }),
      custom: { GroupId: data.group, Status: status },
    };
  },
  entry: ({ data }) => ({ group: data.group, title: data.title, date: data.date }),
});

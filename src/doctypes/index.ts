/** The document types mandat knows, in the order the register lists them. Adding a type = a folder + a line. */
import type { DocType } from "./define.js";
import mandate from "./mandate/index.js";
import meetingNotes from "./meeting-notes/index.js";

export const docTypes: readonly DocType[] = [mandate as DocType, meetingNotes as DocType];

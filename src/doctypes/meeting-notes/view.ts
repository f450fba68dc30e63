/** The view of a mötesanteckning: letterhead, time and place, attendance, agenda with its sections, next meetings. */
import { issuerName, nameAsWritten } from "../../html/letter.js";
import { wordingOf } from "../../link/as-written.js";
import type { MarkdownOptions } from "../../html/markdown.js";
import { splitSections } from "../../html/sections.js";
import type { Letterhead, RenderInput, Section } from "../../html/types.js";
import type { Registry } from "../../link/registry.js";
import { lowerFirst } from "../../util/text.js";
import { notesStatus, type NotesStatus } from "../lifecycle.js";
import { agendaNumber } from "./agenda.js";
import type { Attendee, Guest, MeetingNotes, MeetingTime } from "./data.generated.js";

export interface AttendeeView {
  name: string;
  detail?: string;
  present: boolean;
  note?: string;
}

export interface AgendaItemView {
  number: number;
  title: string;
  html?: string;
  responsible: string;
}

export interface NotesView {
  slug: string;
  title: string;
  group: string;
  letterhead: Letterhead;
  time?: string;
  place?: string;
  /** Present attendees, in the original's order. */
  attendees: AttendeeView[];
  /** Absent attendees (struck through in the originals), said in words under their own heading. */
  absent: AttendeeView[];
  guests: string[];
  preamble?: string;
  agenda: AgendaItemView[];
  /** Body sections that match no agenda item, printed after the agenda. */
  extraSections: Section[];
  nextMeetings: string[];
  /** The approver: the one who approved (justerade) them, or who is appointed to. */
  approvedBy?: string;
  status: NotesStatus;
  /** The approval (justering) block: approved on a date, or preliminary. */
  approval: { approved: boolean; by?: string; on?: string };
}

export function notesView(input: RenderInput<MeetingNotes>, data: MeetingNotes, registry: Registry, options: MarkdownOptions): NotesView {
  const body = splitSections(input.tree, options);
  const byNumber = new Map<number, string>();
  const extraSections = [];
  for (const section of body.sections) {
    const number = agendaNumber(section.heading) ?? NaN;
    if (data.agenda.some((item) => item.number === number) && !byNumber.has(number)) byNumber.set(number, section.html);
    else extraSections.push(section);
  }
  const status = notesStatus(data);
  const agenda: AgendaItemView[] = data.agenda.map((item) => ({
    number: item.number,
    title: item.title,
    html: byNumber.get(item.number) || undefined,
    responsible: (item.responsible ?? []).map((id) => nameAsWritten(item, "responsible", "person", id, registry, true)).join(", "),
  }));
  const start = data.start && (wordingOf(data, "start") ?? data.start);
  const end = data.end && (wordingOf(data, "end") ?? data.end);
  const attendees = data.attendees.map((a) => attendeeView(a, registry));
  return {
    slug: input.slug,
    title: data.title,
    group: data.group,
    letterhead: {
      issuer: issuerName(data.issuer, registry, wordingOf(data, "issuer")),
      heading: "Mötesanteckning",
      date: wordingOf(data, "date") ?? data.date,
      ...(status === "preliminär" && { status: { label: "Preliminära", note: "Preliminära – ännu inte justerade" } }),
    },
    time: start ? (end ? `${start} – ${end}` : start) : undefined,
    place: data.place,
    attendees: attendees.filter((a) => a.present),
    absent: attendees.filter((a) => !a.present),
    guests: guestLines(data.guests ?? [], registry),
    ...(body.preamble !== undefined && { preamble: body.preamble }),
    agenda,
    extraSections,
    nextMeetings: (data.nextMeetings ?? []).map(meetingTimeText),
    approvedBy: data.approvedBy && nameAsWritten(data, "approvedBy", "person", data.approvedBy, registry),
    status,
    approval: {
      approved: status === "justerad",
      ...(data.approvedBy && { by: nameAsWritten(data, "approvedBy", "person", data.approvedBy, registry) }),
      ...(status === "justerad" && data.approvedOn && { on: data.approvedOn }),
    },
  };
}

function orgShortName(id: string, registry: Registry): string {
  const org = registry.organisation(id);
  return org?.shortNames?.[0] ?? org?.name ?? id;
}

function attendeeView(attendee: Attendee, registry: Registry): AttendeeView {
  const parts = [
    attendee.function,
    attendee.role && (wordingOf(attendee, "role") ?? lowerFirst(registry.nameOf("role", attendee.role))),
    attendee.organisation && (wordingOf(attendee, "organisation") ?? orgShortName(attendee.organisation, registry)),
  ].filter((part): part is string => Boolean(part));
  return {
    name: nameAsWritten(attendee, "person", "person", attendee.person, registry),
    detail: parts.length > 0 ? parts.join(", ") : undefined,
    present: attendee.present !== false,
    note: attendee.note,
  };
}

// Consecutive guests with the same items and no organisation share a line, as in the originals:
// "Rut Regin, Berit Beta (punkt 3)".
function guestLines(guests: Guest[], registry: Registry): string[] {
  const lines: { names: string[]; org?: string; items: string }[] = [];
  for (const guest of guests) {
    const items = guest.items?.length ? `(punkt ${guest.items.join(", ")})` : "";
    const name = nameAsWritten(guest, "person", "person", guest.person, registry);
    const last = lines.at(-1);
    if (!guest.organisation && last && !last.org && last.items === items && items) last.names.push(name);
    else lines.push({ names: [name], org: guest.organisation && nameAsWritten(guest, "organisation", "organisation", guest.organisation, registry), items });
  }
  return lines.map(({ names, org, items }) =>
    [names.join(", ") + (org ? ` – ${org}` : ""), items].filter(Boolean).join(" "),
  );
}

function meetingTimeText(meeting: MeetingTime): string {
  const start = meeting.start && (wordingOf(meeting, "start") ?? meeting.start);
  const end = meeting.end && (wordingOf(meeting, "end") ?? meeting.end);
  // As the originals write it: "2026-03-19 – 9:00 – 12:00".
  return [meeting.date, start, start && end, meeting.note].filter(Boolean).join(" – ");
}

/** Build the plain-data view model of a document; every id is resolved to a name here. */
import type { Registry } from "../link/registry.js";
import type {
  Attendee,
  Guest,
  Mandate,
  MeetingNotes,
  MeetingTime,
  Party,
  Recipient,
} from "../model/types.js";
import type { MarkdownOptions } from "./markdown.js";
import { splitSections } from "./sections.js";
import type {
  AgendaItemView,
  AttendeeView,
  DocumentMeta,
  DocumentView,
  Field,
  Letterhead,
  MandateSection,
  MandateView,
  NotesView,
  RecipientView,
  RenderInput,
} from "./types.js";

const REGION_ID = "vgr";

/** View model of one document; `options.groupHref` makes group links links (the site), else text (the PDF). */
export function buildView(input: RenderInput, registry: Registry, options: MarkdownOptions = {}): DocumentView {
  return input.data.type === "uppdragshandling"
    ? mandateView(input, input.data, registry, options)
    : notesView(input, input.data, registry, options);
}

/** Title, subject, keywords and date for the PDF's information dictionary. */
export function documentMeta(input: RenderInput, registry: Registry): DocumentMeta {
  const data = input.data;
  const group = registry.nameOf("group", data.group);
  if (data.type === "uppdragshandling") {
    return {
      title: data.title,
      subject: `${data.heading ?? "Uppdragshandling"}: ${group}`,
      keywords: [data.diarienummer, group],
      date: data.date,
    };
  }
  return { title: `Mötesanteckning ${data.date}: ${data.title}`, subject: `Mötesanteckning: ${group}`, keywords: [group], date: data.date };
}

/** "Håkan Sandahl, Regiondirektör", a group or organisation name, or the party's own text. */
export function partyText(party: Party, registry: Registry): string {
  if (party.text) return party.text;
  const names = [
    party.person && registry.nameOf("person", party.person),
    party.role && registry.nameOf("role", party.role),
  ].filter((name): name is string => Boolean(name));
  if (names.length > 0) return names.join(", ");
  if (party.group) return registry.nameOf("group", party.group);
  if (party.organisation) return registry.nameOf("organisation", party.organisation);
  return "";
}

/** A line of the distribution list. */
export function recipientView(recipient: Recipient, registry: Registry): RecipientView {
  const text =
    recipient.text ??
    (recipient.person && registry.nameOf("person", recipient.person)) ??
    (recipient.group && registry.nameOf("group", recipient.group)) ??
    (recipient.role && registry.nameOf("role", recipient.role)) ??
    "";
  return { text, ...(recipient.email && { email: recipient.email }), ...(recipient.purpose && { purpose: recipient.purpose }) };
}

function issuerName(issuer: string, registry: Registry): string | undefined {
  return issuer === REGION_ID ? undefined : registry.nameOf("organisation", issuer);
}

function mandateView(input: RenderInput, data: Mandate, registry: Registry, options: MarkdownOptions): MandateView {
  const letterhead: Letterhead = {
    issuer: issuerName(data.issuer, registry),
    heading: data.heading ?? "Uppdragshandling",
    date: data.date,
    diarienummer: data.diarienummer,
  };
  if (data.caseOfficer) {
    const { person, phone, email } = data.caseOfficer;
    letterhead.caseOfficer = { name: registry.nameOf("person", person), phone, email };
  }
  const fields: Field[] = [];
  if (data.area) fields.push({ label: "Ansvarsområde", text: data.area });
  fields.push({ label: "Uppdragsgivare", text: partyText(data.commissioner, registry) });
  if (data.assignee) fields.push({ label: "Uppdragstagare", text: partyText(data.assignee, registry) });

  const body = splitSections(input.tree, options);
  const sections: MandateSection[] = body.sections.map((s) => ({ generated: false, ...s }));
  if (!sections.some((s) => s.heading === "Arbetsorganisation")) {
    const taken = new Set(sections.map((s) => s.slug));
    const slug = taken.has("arbetsorganisation") ? "arbetsorganisation-2" : "arbetsorganisation";
    sections.splice(workOrganisationIndex(sections), 0, {
      generated: true,
      heading: "Arbetsorganisation",
      slug,
      fields: workOrganisation(data, registry),
    });
  }

  const decidedBy = data.decision.decidedBy;
  const signature = decidedBy.person
    ? [registry.nameOf("person", decidedBy.person), ...(decidedBy.role ? [registry.nameOf("role", decidedBy.role)] : [])]
    : [partyText(decidedBy, registry)];
  return {
    kind: "mandate",
    slug: input.slug,
    title: data.title,
    group: data.group,
    letterhead,
    fields,
    ...(body.preamble !== undefined && { preamble: body.preamble }),
    sections,
    decision: {
      date: data.decision.date,
      statement: data.decision.statement,
      signature: signature.filter(Boolean),
      delegation: data.decision.delegation,
    },
    distribution: data.distribution.map((r) => recipientView(r, registry)),
  };
}

// Right after "Uppdragsbeskrivning", as in the originals; else before "Samband …"; else last.
function workOrganisationIndex(sections: MandateSection[]): number {
  const after = sections.findIndex((s) => s.heading === "Uppdragsbeskrivning");
  if (after >= 0) return after + 1;
  const before = sections.findIndex((s) => s.heading.startsWith("Samband"));
  return before >= 0 ? before : sections.length;
}

function workOrganisation(data: Mandate, registry: Registry): Field[] {
  const fields: Field[] = [];
  if (data.responsibleUnit) {
    fields.push({ label: "Ansvarig koncernstab/koncernavdelning", text: partyText(data.responsibleUnit, registry) });
  }
  fields.push({ label: "Ordförande", text: partyText(data.chair, registry) });
  if (data.contactPerson) fields.push({ label: "Kontaktperson", text: partyText(data.contactPerson, registry) });
  const label = data.participants.label ?? "Deltagare";
  const items = data.participants.items.map((item) => item.text);
  fields.push(items.length === 1 ? { label, text: items[0] } : { label, list: items });
  if (data.adjunct) fields.push({ label: "Adjungerande deltagare", text: data.adjunct });
  fields.push({ label: "Mötesfrekvens", text: data.meetingFrequency.text });
  if (data.subgroups) fields.push({ label: "Undergrupper", text: data.subgroups.text });
  return fields;
}

function notesView(input: RenderInput, data: MeetingNotes, registry: Registry, options: MarkdownOptions): NotesView {
  const body = splitSections(input.tree, options);
  const byNumber = new Map<number, string>();
  const extraSections = [];
  for (const section of body.sections) {
    const match = /^(\d+)\s*[.)]/.exec(section.heading);
    const number = match ? Number(match[1]) : NaN;
    if (data.agenda.some((item) => item.number === number) && !byNumber.has(number)) byNumber.set(number, section.html);
    else extraSections.push(section);
  }
  const agenda: AgendaItemView[] = data.agenda.map((item) => ({
    number: item.number,
    title: item.title,
    html: byNumber.get(item.number) || undefined,
    responsible: (item.responsible ?? []).map((id) => registry.nameOf("person", id)).join(", "),
  }));
  return {
    kind: "notes",
    slug: input.slug,
    title: data.title,
    group: data.group,
    letterhead: { issuer: issuerName(data.issuer, registry), heading: "Mötesanteckning", date: data.date },
    time: data.start ? (data.end ? `${data.start} – ${data.end}` : data.start) : undefined,
    place: data.place,
    attendees: data.attendees.map((a) => attendeeView(a, registry)),
    guests: guestLines(data.guests ?? [], registry),
    ...(body.preamble !== undefined && { preamble: body.preamble }),
    agenda,
    extraSections,
    nextMeetings: (data.nextMeetings ?? []).map(meetingTimeText),
    approvedBy: data.approvedBy && registry.nameOf("person", data.approvedBy),
  };
}

function orgShortName(id: string, registry: Registry): string {
  const org = registry.organisation(id);
  return org?.shortNames?.[0] ?? org?.name ?? id;
}

/** "FoU-chef" stays, "Utvecklingsdirektör" becomes "utvecklingsdirektör" in running text. */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function attendeeView(attendee: Attendee, registry: Registry): AttendeeView {
  const parts = [
    attendee.function,
    attendee.role && lowerFirst(registry.nameOf("role", attendee.role)),
    attendee.organisation && orgShortName(attendee.organisation, registry),
  ].filter((part): part is string => Boolean(part));
  return {
    name: registry.nameOf("person", attendee.person),
    detail: parts.length > 0 ? parts.join(", ") : undefined,
    present: attendee.present !== false,
    note: attendee.note,
  };
}

// Consecutive guests with the same items and no organisation share a line, as in the originals:
// "Madelene Parkhagen, Pauline Ahl (punkt 3)".
function guestLines(guests: Guest[], registry: Registry): string[] {
  const lines: { names: string[]; org?: string; items: string }[] = [];
  for (const guest of guests) {
    const items = guest.items?.length ? `(punkt ${guest.items.join(", ")})` : "";
    const name = registry.nameOf("person", guest.person);
    const last = lines.at(-1);
    if (!guest.organisation && last && !last.org && last.items === items && items) last.names.push(name);
    else lines.push({ names: [name], org: guest.organisation && registry.nameOf("organisation", guest.organisation), items });
  }
  return lines.map(({ names, org, items }) =>
    [names.join(", ") + (org ? ` – ${org}` : ""), items].filter(Boolean).join(" "),
  );
}

function meetingTimeText(meeting: MeetingTime): string {
  const time = meeting.start ? `kl. ${meeting.start}${meeting.end ? `–${meeting.end}` : ""}` : "";
  return [[meeting.date, time].filter(Boolean).join(" "), meeting.note].filter(Boolean).join(", ");
}

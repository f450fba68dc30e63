import type { Mandate } from "../doctypes/mandate/data.generated.js";
import type { MeetingNotes } from "../doctypes/meeting-notes/data.generated.js";
import { common } from "../diagnostics/messages.js";
import { writtenAs } from "../link/name-match.js";
import { organisationOf, peopleOf } from "../link/parties.js";
import type { Registry } from "../link/registry.js";
import { defineRule } from "../link/rule.js";
import type { Doc } from "../parse/doc.js";
import { remember } from "../util/remember.js";

/** Meetings per year for each period of meetingFrequency. */
const PER_YEAR: Record<Mandate["meetingFrequency"]["per"], number> = { år: 1, halvår: 2, månad: 12, vecka: 52 };

/**
 * A meeting against its group's mandate, as a registrar reads the notes: who came (from the
 * organisations the mandate names?), whether the chair was there, how many meetings the year has
 * against the mandate's frequency, and whether the notes name the group as the register does.
 */
const rule = defineRule({
  id: "meeting-mandate",
  severity: "warning",
  stage: "link",
  description: {
    sv: "Mötesanteckningar stämmer med gruppens uppdragshandling: deltagarna kommer från organisationer som den nämner, ordföranden var med (eller någon annan är angiven som ordförande), årets möten ryms i mötesfrekvensen och rubriken är gruppens namn.",
    en: "Meeting notes agree with the group's mandate: the attendees come from organisations it names, the chair was there (or someone else is named chair), the year's meetings fit its frequency and the title is the group's name.",
  },
  messages: {
    organisation: {
      sv: "{{name}} kommer från {{organisation}}, som uppdragshandlingen för {{group}} inte nämner bland deltagarna.",
      en: "{{name}} comes from {{organisation}}, which the mandate of {{group}} does not name among the participants.",
      note: {
        sv: "Uppdragshandlingen nämner: {{organisations}}. Lägg till organisationen under participants i {{mandate}}, eller rätta deltagarens organisation.",
        en: "The mandate names: {{organisations}}. Add the organisation under participants in {{mandate}}, or correct the attendee's organisation.",
      },
    },
    chairAbsent: {
      sv: "Ordföranden {{chair}} var inte närvarande, och ingen annan är angiven som ordförande för mötet.",
      en: "The chair {{chair}} was not present, and nobody else is named chair of the meeting.",
      note: { sv: "Ange den som ledde mötet med function: ordförande.", en: "Name whoever chaired the meeting with function: ordförande." },
    },
    chairMissing: {
      sv: "Ordföranden {{chair}} finns inte på deltagarlistan, och ingen annan är angiven som ordförande för mötet.",
      en: "The chair {{chair}} is not on the attendance list, and nobody else is named chair of the meeting.",
      note: { sv: "Lägg till ordföranden under attendees (med present: false om hen var frånvarande).", en: "Add the chair under attendees (with present: false if absent)." },
    },
    tooMany: {
      sv: "{{group}} har {{count}} möten {{year}} (i anteckningarna och deras nästkommande möten), fler än högst {{max}} enligt uppdragshandlingen.",
      en: "{{group}} has {{count}} meetings in {{year}} (in the notes and their next meetings), more than the mandate's at most {{max}}.",
      note: { sv: "Mötesfrekvensen står under meetingFrequency i {{mandate}}.", en: "The frequency is meetingFrequency in {{mandate}}." },
    },
    tooFew: {
      sv: "{{group}} hade {{count}} möten {{year}}, färre än minst {{min}} enligt uppdragshandlingen.",
      en: "{{group}} had {{count}} meetings in {{year}}, fewer than the mandate's at least {{min}}.",
      note: { sv: "Mötesfrekvensen står under meetingFrequency i {{mandate}}.", en: "The frequency is meetingFrequency in {{mandate}}." },
    },
    title: {
      sv: "Rubriken \"{{actual}}\" är inte gruppens namn i registret: {{names}}.",
      en: "The title \"{{actual}}\" is not the group's name in the registry: {{names}}.",
      note: {
        sv: "Skriv gruppens namn, eller lägg till formen under shortNames i mandates/registry/groups.yaml om den är en vedertagen kortform.",
        en: "Write the group's name, or add the form to shortNames in mandates/registry/groups.yaml if it is an accepted short form.",
      },
    },
  },
  check(ctx) {
    const mandates = new Map(ctx.ofType<Mandate>("uppdragshandling").map((m) => [m.data.group, m]));
    const notes = ctx.ofType<MeetingNotes>("motesanteckning");
    // A group's notes repeat its title, its mandate and its chair: each is worked out once.
    const titled = new Map<string, boolean>();
    const known: Known = { chairs: new Map(), organisations: new Map(), lineages: new Map() };
    for (const { doc, data } of notes) {
      const group = ctx.registry.nameOf("group", data.group);
      const entry = ctx.registry.group(data.group);
      if (entry?.name) {
        const names = [entry.name, ...(entry.shortNames ?? [])];
        if (!remember(titled, `${data.group}\u0000${data.title}`, () => names.some((n) => writtenAs(data.title, n)))) {
          ctx.report({ doc, path: ["title"], messageId: "title", data: { actual: data.title, names: names.join(", ") }, actual: data.title });
        }
      }
      const mandate = mandates.get(data.group);
      checkChair(ctx, doc, data, mandate?.data, known);
      if (!mandate) continue;
      checkOrganisations(ctx, doc, data, mandate.data, { group, mandate: mandate.doc.path }, known);
    }
    checkPace(ctx, notes, mandates);
  },
});

export default rule;

type Ctx = Parameters<(typeof rule)["check"]>[0];

/** What one run has worked out: a mandate's chairs and organisations, an organisation's lineage. */
interface Known {
  chairs: Map<Mandate | undefined, string[]>;
  organisations: Map<Mandate, Set<string> | undefined>;
  lineages: Map<string, string[]>;
}

/** Organisations a mandate names among its participants; undefined when some item is open to any. */
function participantOrganisations(mandate: Mandate, registry: Registry): Set<string> | undefined {
  const items = mandate.participants.items;
  // "… eller en annan deltagare som är utsedd av förvaltningschef": an item without organisations is open.
  if (items.some((item) => !item.organisations?.length)) return undefined;
  const ids = new Set(items.flatMap((item) => item.organisations ?? []));
  for (const party of [mandate.chair, mandate.responsibleUnit, mandate.contactPerson]) {
    const org = organisationOf(party, registry);
    if (org) ids.add(org);
  }
  return ids;
}

/** The organisation and every organisation it is part of. */
function lineage(id: string, registry: Registry): string[] {
  const out: string[] = [];
  for (let at: string | undefined = id; at && !out.includes(at); at = registry.organisation(at)?.partOf) out.push(at);
  return out;
}

function checkOrganisations(ctx: Ctx, doc: Doc, data: MeetingNotes, mandate: Mandate, about: { group: string; mandate: string }, known: Known): void {
  const named = remember(known.organisations, mandate, () => participantOrganisations(mandate, ctx.registry));
  if (!named) return;
  const lineageOf = (id: string) => remember(known.lineages, id, () => lineage(id, ctx.registry));
  data.attendees.forEach((attendee, i) => {
    // The secretary and the chair are there for the meeting, not as participants of an organisation.
    if (!attendee.organisation || attendee.function) return;
    const mine = lineageOf(attendee.organisation);
    // A staff of an office the mandate names, or the office of a staff it names.
    const ok = [...named].some((n) => mine.includes(n) || lineageOf(n).includes(attendee.organisation!));
    if (ok) return;
    ctx.report({
      doc,
      path: ["attendees", i, "organisation"],
      messageId: "organisation",
      data: {
        ...about,
        name: ctx.registry.nameOf("person", attendee.person),
        organisation: ctx.registry.nameOf("organisation", attendee.organisation),
        organisations: [...named].map((id) => ctx.registry.nameOf("organisation", id)).join(", "),
      },
      actual: attendee.organisation,
    });
  });
}

/** The chair: from the group's mandate (a person, or whoever holds its role), else the notes' own "ordförande". */
function checkChair(ctx: Ctx, doc: Doc, data: MeetingNotes, mandate: Mandate | undefined, known: Known): void {
  const fromMandate = remember(known.chairs, mandate, () => peopleOf(mandate?.chair, ctx.registry));
  const chairs = fromMandate.length > 0 ? fromMandate : data.attendees.filter((a) => a.function === "ordförande").map((a) => a.person);
  if (chairs.length === 0) return;
  if (data.attendees.some((a) => a.function === "ordförande" && a.present !== false)) return;
  const names = chairs.map((id) => ctx.registry.nameOf("person", id));
  const chair = { sv: names.join(common.or.sv), en: names.join(common.or.en) };
  const index = data.attendees.findIndex((a) => chairs.includes(a.person));
  if (index < 0) {
    ctx.report({ doc, path: ["attendees"], key: true, messageId: "chairMissing", data: { chair } });
  } else if (data.attendees[index]!.present === false) {
    ctx.report({ doc, path: ["attendees", index, "person"], messageId: "chairAbsent", data: { chair } });
  }
}

function checkPace(ctx: Ctx, notes: { doc: Doc; data: MeetingNotes }[], mandates: Map<string, { doc: Doc; data: Mandate }>): void {
  const byGroupYear = new Map<string, { group: string; year: string; dates: Set<string>; last: { doc: Doc; data: MeetingNotes } }>();
  for (const n of notes) {
    for (const date of [n.data.date, ...(n.data.nextMeetings ?? []).map((m) => m.date)]) {
      const year = date.slice(0, 4);
      const key = `${n.data.group}\u0000${year}`;
      let entry = byGroupYear.get(key);
      if (!entry) byGroupYear.set(key, (entry = { group: n.data.group, year, dates: new Set(), last: n }));
      entry.dates.add(date);
      if (n.data.date > entry.last.data.date && n.data.date.startsWith(year)) entry.last = n;
    }
  }
  for (const { group, year, dates, last } of byGroupYear.values()) {
    const mandate = mandates.get(group);
    if (!mandate) continue;
    const f = mandate.data.meetingFrequency;
    const factor = PER_YEAR[f.per];
    const min = f.min * factor;
    // "ca 10 gånger per år": a meeting or two more is still about ten.
    const max = Math.ceil(f.max * factor * (f.approximate ? 1.2 : 1));
    const about = { group: ctx.registry.nameOf("group", group), year, mandate: mandate.doc.path };
    const at = { doc: last.doc, path: last.data.nextMeetings?.length ? ["nextMeetings"] : ["date"], key: Boolean(last.data.nextMeetings?.length) };
    if (dates.size > max) ctx.report({ ...at, messageId: "tooMany", data: { ...about, count: dates.size, max } });
    // Only a year that is over cannot reach the minimum any more.
    else if (`${year}-12-31` < ctx.today && dates.size < min) ctx.report({ ...at, messageId: "tooFew", data: { ...about, count: dates.size, min } });
  }
}

/**
 * Drafts of new documents: a mandate (status utkast) under the template's headings, a samordningsråd
 * mandate that includes the councils' shared text, and meeting notes with the attendance list and an
 * agenda skeleton. What the register knows (the person's role, the group's name, the participants of
 * the group's mandate or last meeting) is filled in; the frontmatter is written with yaml, so every
 * value is quoted as it must be.
 */
import { Document } from "yaml";
import type { Registry } from "../link/registry.js";

/** A party as the schema writes it: a person (with the role the register gives them), a role, a group or an organisation. */
export type Party = { person?: string; role?: string; group?: string; organisation?: string; text?: string };

/** An id from one of the registers as a party, or undefined when no register knows it. */
export function partyOf(id: string, registry: Registry): Party | undefined {
  const person = registry.people.get(id)?.value;
  if (person) return { person: id, ...(person.role && { role: person.role }) };
  if (registry.roles.has(id)) return { role: id };
  if (registry.groups.has(id)) return { group: id };
  if (registry.organisations.has(id)) return { organisation: id };
  return undefined;
}

export interface MandateDraft {
  group: string;
  groupName: string;
  date: string;
  diarienummer: string;
  issuer: string;
  commissioner: Party;
  chair: Party;
  /** The text of an include line for a shared body (samordningsråd); else the template's headings. */
  include?: string;
  samordningsrad?: boolean;
}

const MANDATE_BODY = `## Syfte med uppdraget

<!-- Varför gruppen finns och vad den ska uppnå. -->

## Uppdragsbeskrivning

<!-- Vad gruppen ska göra. -->

## Samband och gränsdragning till andra uppdrag

<!-- Vilka andra grupper uppdraget hänger ihop med och var gränsen går. -->

## Kommunikation

<!-- Hur gruppens arbete och beslut når berörda. -->

## Beslutsordning

### Rapportering

<!-- Till vem och hur gruppen rapporterar. -->

### Beslutsfattande

<!-- Vem som fattar vilka beslut. -->
`;

function frontmatter(data: Record<string, unknown>, schema: string): string {
  // No anchors: a person repeated in the draft is written out again, as an editor would.
  const yaml = new Document(data, { aliasDuplicateObjects: false }).toString({ lineWidth: 100 });
  return `---\n# yaml-language-server: $schema=${schema}\n${yaml}---\n`;
}

export function mandateDraft(d: MandateDraft, schemaRef: string): string {
  const lower = d.groupName.charAt(0).toLowerCase() + d.groupName.slice(1);
  const data = {
    type: "uppdragshandling",
    status: "utkast",
    heading: d.samordningsrad ? "Uppdragshandling" : "Uppdragshandling för koncernövergripande grupp",
    title: `Uppdragshandling för ${lower}`,
    group: d.group,
    date: d.date,
    diarienummer: d.diarienummer,
    issuer: d.issuer,
    commissioner: d.commissioner,
    assignee: { group: d.group, text: `Deltagare i ${lower}` },
    chair: d.chair,
    participants: { items: [{ text: `Deltagarna i ${lower}.` }] },
    meetingFrequency: { min: 4, max: 6, per: "år", text: "4 till 6 gånger per år." },
    reportsTo: [d.commissioner],
    distribution: [d.chair],
  };
  const body = d.include ? `<!-- mandat:include ${d.include} -->\n` : MANDATE_BODY;
  return `${frontmatter(data, schemaRef)}\n${body}`;
}

export interface Attendee {
  person: string;
  organisation?: string;
  role?: string;
  function?: "ordförande" | "sekreterare" | "justerare";
}

export interface NotesDraft {
  group: string;
  groupName: string;
  date: string;
  issuer: string;
  attendees: Attendee[];
  /** Who leads the meeting: responsible for the first and last items. */
  chair?: string;
}

export const AGENDA_SKELETON = ["Inledning", "Föregående mötesanteckningar", "Övriga frågor", "Summering och avslut"];

export function notesDraft(d: NotesDraft, schemaRef: string): string {
  const responsible = d.chair ? { responsible: [d.chair] } : {};
  const agenda = AGENDA_SKELETON.map((title, i) => ({ number: i + 1, title, ...(i === 0 || i === AGENDA_SKELETON.length - 1 ? responsible : {}) }));
  const data = {
    type: "motesanteckning",
    status: "preliminär",
    title: d.groupName,
    group: d.group,
    date: d.date,
    issuer: d.issuer,
    attendees: d.attendees,
    agenda,
  };
  const body = agenda.map((item) => `## ${item.number}. ${item.title}\n\n<!-- Anteckningar till punkten. -->\n`).join("\n");
  return `${frontmatter(data, schemaRef)}\n${body}`;
}

/**
 * What the site knows about the corpus, gathered once per build: every group (with or without a
 * mandate), the relations between groups in both directions, and who refers to what. The pages are
 * rendered from this model; nothing here reads the disk.
 */
import type { DocType } from "../doctypes/define.js";
import { mandateStatus, notesStatus } from "../doctypes/lifecycle.js";
import type { Mandate } from "../doctypes/mandate/data.generated.js";
import type { MeetingNotes } from "../doctypes/meeting-notes/data.generated.js";
import { partyText } from "../html/letter.js";
import type { LetterContext } from "../html/render.js";
import type { DocumentMeta, RenderInput } from "../html/types.js";
import type { Registry } from "../link/registry.js";
import type { DocRef } from "../parse/doc.js";
import { collator } from "../util/text.js";

/** A rendered document as the site sees it. */
export interface SiteDocument {
  input: RenderInput;
  type: DocType;
  letter: LetterContext;
  meta: DocumentMeta;
  /** Registry references in its frontmatter (from validation), and group links in its text. */
  refs: readonly DocRef[];
  proseGroups: readonly string[];
}

export type RelationKind = "reportsTo" | "subgroup" | "related";

/** A directed relation between two groups, with the document that states it (none: the registry). */
export interface Relation {
  kind: RelationKind;
  from: string;
  to: string;
  source?: SiteDocument;
}

/** How a document refers to a group, person or organisation: the frontmatter field, in Swedish. */
export interface Reference {
  doc: SiteDocument;
  /** e.g. "ordförande", "sändlista", "deltagare". */
  as: string;
}

export interface GroupInfo {
  id: string;
  name: string;
  /** From groups.yaml; "" when only a document names it. */
  kind: string;
  inRegistry: boolean;
  /** Its mandates, newest first; `mandate` is the one in force (or the newest). */
  mandates: SiteDocument[];
  mandate?: SiteDocument;
  /** Its other documents (meeting notes, and any other type), newest first. */
  notes: SiteDocument[];
  status: string;
  area: string;
  chair: string;
  /** Newest decision date over its mandates. */
  decided: string;
  /** Organisations named as taking part (participants) in its current mandate. */
  organisations: string[];
}

export interface Assignment {
  /** What the person or organisation is in the document: "ordförande", "närvarande" … */
  as: string;
  doc: SiteDocument;
  /** The group the document belongs to. */
  group: string;
  /** Through a role the person holds (the document names the role, not the person). */
  viaRole?: string;
}

export interface SiteModel {
  registry: Registry;
  docs: readonly SiteDocument[];
  groups: Map<string, GroupInfo>;
  /** Groups sorted by name (Swedish order). */
  groupList: GroupInfo[];
  relations: Relation[];
  /** Documents that point at a group (not the group's own documents). */
  referencedBy: Map<string, Reference[]>;
  /** Per person id and organisation id: what documents make them. */
  personAssignments: Map<string, Assignment[]>;
  organisationAssignments: Map<string, Assignment[]>;
  /** Role id → the people in the registry who hold it. */
  roleHolders: Map<string, string[]>;
}

/** Swedish words for the frontmatter fields a reference can sit in. */
const FIELD_WORDS: Record<string, string> = {
  issuer: "utfärdare",
  caseOfficer: "handläggare",
  commissioner: "uppdragsgivare",
  assignee: "uppdragstagare",
  responsibleUnit: "ansvarig enhet",
  chair: "ordförande",
  contactPerson: "kontaktperson",
  participants: "deltagare",
  subgroups: "undergrupp",
  related: "närliggande grupp",
  reportsTo: "rapporterar till",
  decisionMaking: "eskalering av beslut",
  decision: "beslutsfattare",
  repealed: "ersätter",
  replaces: "ersatt av",
  distribution: "mottagare",
  attendees: "deltagare i mötet",
  guests: "gäst",
  agenda: "ansvarig för punkt",
  nextMeetings: "gemensamt möte",
  approvedBy: "justerare",
  group: "gruppen själv",
};

function fieldWord(ref: DocRef, doc: SiteDocument): string {
  const [field, index, sub] = ref.path;
  if (field === "distribution" && sub === "via") return "mottagare (via)";
  // A group named as chair or contact is where the person comes from, not the chair itself.
  if (ref.kind === "group" && field === "chair") return "utser ordföranden";
  if (ref.kind === "group" && field === "contactPerson") return "kontaktpersonen kommer från gruppen";
  if (field === "attendees" && typeof index === "number" && isNotes(doc)) {
    const attendee = (doc.input.data as MeetingNotes).attendees?.[index];
    return attendee?.present === false ? "frånvarande vid mötet" : "närvarande vid mötet";
  }
  return FIELD_WORDS[String(field)] ?? String(field);
}

/** The two built-in types whose fields the site reads; other types are listed by their register entry. */
export const MANDATE = "uppdragshandling";
export const NOTES = "motesanteckning";
export const isMandate = (doc: SiteDocument): boolean => doc.type.type === MANDATE;
export const isNotes = (doc: SiteDocument): boolean => doc.type.type === NOTES;

export function buildModel(docs: readonly SiteDocument[], registry: Registry): SiteModel {
  const groups = new Map<string, GroupInfo>();
  const ensure = (id: string): GroupInfo => {
    let info = groups.get(id);
    if (!info) {
      const entry = registry.group(id);
      info = { id, name: registry.nameOf("group", id), kind: entry?.kind ?? "", inRegistry: Boolean(entry), mandates: [], notes: [], status: "", area: "", chair: "", decided: "", organisations: [] };
      groups.set(id, info);
    }
    return info;
  };
  for (const id of registry.groups.keys()) ensure(id);

  const newestFirst = (a: SiteDocument, b: SiteDocument): number => b.type.entry(b.input).date.localeCompare(a.type.entry(a.input).date) || a.input.slug.localeCompare(b.input.slug);
  for (const doc of docs) {
    const info = ensure(doc.type.entry(doc.input).group);
    (isMandate(doc) ? info.mandates : info.notes).push(doc);
  }
  for (const info of groups.values()) {
    info.mandates.sort(newestFirst);
    info.notes.sort(newestFirst);
    // The mandate in force: the newest adopted one; else the newest of any status.
    info.mandate = info.mandates.find((d) => mandateStatus(d.input.data as Mandate) === "fastställd") ?? info.mandates[0];
    const data = info.mandate?.input.data as Mandate | undefined;
    info.status = data ? mandateStatus(data) : "uppdragshandling saknas";
    info.area = data?.area ?? "";
    info.chair = data ? chairText(data.chair, registry) : "";
    info.decided = info.mandates.map((d) => (d.input.data as Mandate).decision?.date ?? "").sort().at(-1) ?? "";
    info.organisations = [...new Set(data?.participants.items.flatMap((p) => p.organisations ?? []) ?? [])];
  }

  const relations: Relation[] = [];
  const seen = new Set<string>();
  const relate = (kind: RelationKind, from: string, to: string, source?: SiteDocument): void => {
    if (from === to) return;
    // Related is symmetric: one relation per pair.
    const key = kind === "related" ? `${kind} ${[from, to].sort().join(" ")}` : `${kind} ${from} ${to}`;
    if (seen.has(key)) return;
    seen.add(key);
    ensure(from);
    ensure(to);
    relations.push({ kind, from, to, source });
  };
  for (const [id, { value }] of registry.groups) if (value.parent) relate("subgroup", value.parent, id);

  const referencedBy = new Map<string, Reference[]>();
  const personAssignments = new Map<string, Assignment[]>();
  const organisationAssignments = new Map<string, Assignment[]>();
  const roleHolders = new Map<string, string[]>();
  for (const [id, { value }] of registry.people) if (value.role) push(roleHolders, value.role, id);

  for (const doc of docs) {
    const own = doc.type.entry(doc.input).group;
    // Relations are stated by the group's mandate in force only (an old revision may say otherwise).
    const current = isMandate(doc) && groups.get(own)?.mandate === doc;
    const referenced = new Set<string>();
    for (const ref of doc.refs) {
      const field = ref.path[0];
      if (ref.kind === "group") {
        if (current && field === "reportsTo") relate("reportsTo", own, ref.id, doc);
        else if (current && field === "subgroups") relate("subgroup", own, ref.id, doc);
        else if (current && field === "related") relate("related", own, ref.id, doc);
        if (ref.id !== own && !referenced.has(ref.id)) {
          referenced.add(ref.id);
          push(referencedBy, ref.id, { doc, as: fieldWord(ref, doc) });
        }
        ensure(ref.id);
      } else if (ref.kind === "person") {
        push(personAssignments, ref.id, { as: fieldWord(ref, doc), doc, group: own });
      } else if (ref.kind === "organisation") {
        const as = field === "participants" ? participantRole(doc, ref, registry) : fieldWord(ref, doc);
        push(organisationAssignments, ref.id, { as, doc, group: own });
      } else if (ref.kind === "role" && field !== "participants" && field !== "attendees") {
        for (const person of roleHolders.get(ref.id) ?? []) {
          push(personAssignments, person, { as: fieldWord(ref, doc), doc, group: own, viaRole: registry.nameOf("role", ref.id) });
        }
      }
    }
    for (const id of doc.proseGroups) {
      if (id === own || referenced.has(id)) continue;
      referenced.add(id);
      ensure(id);
      push(referencedBy, id, { doc, as: "nämns i texten" });
    }
  }

  // A party that names both the person and their role is one assignment, not two.
  for (const [id, list] of personAssignments) {
    const direct = new Set(list.filter((a) => !a.viaRole).map((a) => `${a.doc.input.path} ${a.as}`));
    personAssignments.set(id, list.filter((a) => !a.viaRole || !direct.has(`${a.doc.input.path} ${a.as}`)));
  }

  const groupList = [...groups.values()].sort((a, b) => collator.compare(a.name, b.name));
  return { registry, docs, groups, groupList, relations, referencedBy, personAssignments, organisationAssignments, roleHolders };
}

/** The chair in a register cell: names from the registry; a group appoints the chair; else the text. */
function chairText(chair: Mandate["chair"], registry: Registry): string {
  const names = [chair.person && registry.nameOf("person", chair.person), chair.role && registry.nameOf("role", chair.role)].filter(Boolean);
  if (names.length > 0) return names.join(", ");
  if (chair.group) return `utses av ${registry.nameOf("group", chair.group).toLowerCase()}`;
  return partyText(chair, registry);
}

/** "deltagare (utvecklingschef)": the role the participants' line names for an organisation. */
function participantRole(doc: SiteDocument, ref: DocRef, registry: Registry): string {
  const index = ref.path[2];
  const item = typeof index === "number" && isMandate(doc) ? (doc.input.data as Mandate).participants?.items[index] : undefined;
  return item?.role ? `deltagare (${registry.nameOf("role", item.role).toLowerCase()})` : "deltagare";
}

/** The groups a group is related to by `kind`, in the direction asked. */
export function related(model: SiteModel, id: string, kind: RelationKind, direction: "out" | "in" | "both"): string[] {
  const ids = model.relations
    .filter((r) => r.kind === kind)
    .flatMap((r) => {
      if ((direction === "out" || direction === "both") && r.from === id) return [r.to];
      if ((direction === "in" || direction === "both") && r.to === id) return [r.from];
      return [];
    });
  return [...new Set(ids)].sort((a, b) => collator.compare(model.registry.nameOf("group", a), model.registry.nameOf("group", b)));
}

/** Swedish status words for the register. */
export function notesStatusOf(doc: SiteDocument): string {
  return notesStatus(doc.input.data as MeetingNotes);
}

export function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** TypeScript shapes of the data the JSON Schemas in schemas/ accept. */

export interface Party {
  person?: string;
  role?: string;
  group?: string;
  organisation?: string;
  text?: string;
}

export interface MeetingFrequency {
  min: number;
  max: number;
  per: "år" | "halvår" | "månad" | "vecka";
  approximate?: boolean;
  text: string;
}

export interface ParticipantItem {
  text: string;
  role?: string;
  person?: string;
  organisations?: string[];
}

export interface Recipient {
  person?: string;
  role?: string;
  group?: string;
  email?: string;
  via?: string;
  purpose?: string;
  text?: string;
}

export interface Mandate {
  type: "uppdragshandling";
  heading?: string;
  title: string;
  group: string;
  date: string;
  diarienummer: string;
  issuer: string;
  caseOfficer?: { person: string; phone?: string; email?: string };
  area?: string;
  commissioner: Party;
  assignee?: Party;
  responsibleUnit?: Party;
  chair: Party;
  contactPerson?: Party;
  participants: { label?: string; items: ParticipantItem[] };
  adjunct?: string;
  meetingFrequency: MeetingFrequency;
  subgroups?: { text: string; groups?: string[] };
  related?: string[];
  reportsTo: Party[];
  decisionMaking?: { chairDecides?: boolean; membersDecideAtHome?: boolean; escalateTo?: Party[] };
  documents?: string[];
  /** Values for the {{placeholders}} of an included shared text. */
  values?: Record<string, string>;
  decision: { date: string; statement?: string; decidedBy: Party; delegation?: string };
  distribution: Recipient[];
}

export interface Attendee {
  person: string;
  organisation?: string;
  role?: string;
  function?: "ordförande" | "sekreterare" | "justerare";
  present?: boolean;
  note?: string;
}

export interface Guest {
  person: string;
  organisation?: string;
  items?: number[];
}

export interface AgendaItem {
  number: number;
  title: string;
  responsible?: string[];
}

export interface MeetingTime {
  date: string;
  start?: string;
  end?: string;
  note?: string;
  with?: string[];
}

export interface MeetingNotes {
  type: "motesanteckning";
  title: string;
  group: string;
  date: string;
  issuer: string;
  start?: string;
  end?: string;
  place?: string;
  attendees: Attendee[];
  guests?: Guest[];
  agenda: AgendaItem[];
  nextMeetings?: MeetingTime[];
  approvedBy?: string;
}

export type DocumentData = Mandate | MeetingNotes;

export interface Organisation {
  id: string;
  name: string;
  shortNames?: string[];
  kind: string;
  partOf?: string;
}
export interface Role {
  id: string;
  name: string;
  shortNames?: string[];
  organisation?: string;
}
export interface Person {
  id: string;
  name: string;
  shortNames?: string[];
  role?: string;
  organisation?: string;
  email?: string;
  phone?: string;
}
export interface Group {
  id: string;
  name: string;
  shortNames?: string[];
  kind: string;
  parent?: string;
}
export interface ExternalDocument {
  diarienummer: string;
  title: string;
  validFrom?: string;
  validUntil?: string;
}

/** What a reference points at; each kind has its own registry file. */
export type RefKind = "person" | "role" | "group" | "organisation" | "document";

/** Input of the html stage and the plain-data view model its templates render. */
import type { Root } from "mdast";
import type { DocumentData } from "../model/types.js";

/** One parsed document, ready to render. */
export interface RenderInput {
  /** Display path of the source file. */
  path: string;
  /** File name without `.md`; unique across the corpus. */
  slug: string;
  data: DocumentData;
  tree: Root;
}

/** A `##` section of the body; `html` is already sanitised. */
export interface Section {
  heading: string;
  slug: string;
  html: string;
}

/** A labelled line in the letter, e.g. "Uppdragsgivare: …". */
export interface Field {
  label: string;
  text?: string;
  list?: string[];
}

export interface Letterhead {
  /** Office or nämnd under "Västra Götalandsregionen"; absent when the issuer is the region itself. */
  issuer?: string;
  heading: string;
  date: string;
  diarienummer?: string;
  caseOfficer?: { name: string; phone?: string; email?: string };
}

export interface RecipientView {
  text: string;
  email?: string;
  purpose?: string;
}

/** A body section or the generated "Arbetsorganisation" section, in print order. */
export type MandateSection =
  | ({ generated: false } & Section)
  | { generated: true; heading: string; slug: string; fields: Field[] };

export interface MandateView {
  kind: "mandate";
  slug: string;
  title: string;
  group: string;
  letterhead: Letterhead;
  fields: Field[];
  preamble?: string;
  sections: MandateSection[];
  decision: {
    date: string;
    statement?: string;
    /** Signature lines: name, then title. */
    signature: string[];
    delegation?: string;
  };
  distribution: RecipientView[];
}

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
  kind: "notes";
  slug: string;
  title: string;
  group: string;
  letterhead: Letterhead;
  time?: string;
  place?: string;
  attendees: AttendeeView[];
  guests: string[];
  preamble?: string;
  agenda: AgendaItemView[];
  /** Body sections that match no agenda item, printed after the agenda. */
  extraSections: Section[];
  nextMeetings: string[];
  approvedBy?: string;
}

export type DocumentView = MandateView | NotesView;

/** What the PDF stage stamps into the document information dictionary. */
export interface DocumentMeta {
  title: string;
  subject: string;
  keywords: string[];
  /** `YYYY-MM-DD`; becomes CreationDate and ModDate. */
  date: string;
}

/** Input of the html stage and the plain-data view model its templates render. */
import type { Root } from "mdast";

/** One parsed document, ready to render. */
export interface RenderInput<D = unknown> {
  /** Display path of the source file. */
  path: string;
  /** File name without `.md`; unique across the corpus. */
  slug: string;
  /** The frontmatter `type`. */
  type: string;
  data: D;
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
  /**
   * Where the document stands when it is not simply in force: "Utkast", "Upphävd", "Preliminära".
   * `watermark` is printed large across every page (a draft's UTKAST).
   */
  status?: { label: string; note?: string; watermark?: string };
  /** The address block at the foot of the first page, as labelled lines ("Postadress: Regionens Hus, …"). */
  footer?: string[];
}

export interface RecipientView {
  text: string;
  email?: string;
  purpose?: string;
}

/** What the PDF stage stamps into the document information dictionary and XMP. */
export interface DocumentMeta {
  title: string;
  subject: string;
  keywords: string[];
  /** `YYYY-MM-DD`; becomes CreationDate (and ModDate unless `modified` is given). */
  date: string;
  /** `YYYY-MM-DD`: the decision (or approval) date, else the document date; becomes ModDate. */
  modified?: string;
  /** Custom entries of the information dictionary (Diarienummer, GroupId, Status, Source…). */
  custom?: Record<string, string>;
}

/** The view of an uppdragshandling: letterhead, fields, body sections with "Arbetsorganisation", decision, distribution. */
import { nameAsWritten, partyText, recipientView, issuerName } from "../../html/letter.js";
import { wordingOf } from "../../link/as-written.js";
import type { MarkdownOptions } from "../../html/markdown.js";
import { splitSections } from "../../html/sections.js";
import type { Field, Letterhead, RecipientView, RenderInput, Section } from "../../html/types.js";
import type { Registry } from "../../link/registry.js";
import { mandateStatus, type MandateStatus } from "../lifecycle.js";
import type { Mandate } from "./data.generated.js";

/** A body section or the generated "Arbetsorganisation" section, in print order. */
export type MandateSection =
  | ({ generated: false } & Section)
  | { generated: true; heading: string; slug: string; fields: Field[] };

export interface MandateView {
  slug: string;
  title: string;
  group: string;
  letterhead: Letterhead;
  fields: Field[];
  preamble?: string;
  sections: MandateSection[];
  /** Absent on a draft. */
  decision?: {
    date: string;
    statement?: string;
    /** Signature lines: name, then title. */
    signature: string[];
    delegation?: string;
  };
  distribution: RecipientView[];
  status: MandateStatus;
  /** A repealed mandate: when, and the group whose mandate replaces it (a banner on the first page). */
  repealed: { date: string; successor?: string } | undefined;
}

export function mandateView(input: RenderInput<Mandate>, data: Mandate, registry: Registry, options: MarkdownOptions): MandateView {
  const letterhead: Letterhead = {
    issuer: issuerName(data.issuer, registry, wordingOf(data, "issuer")),
    heading: data.heading ?? "Uppdragshandling",
    date: wordingOf(data, "date") ?? data.date,
    diarienummer: wordingOf(data, "diarienummer") ?? data.diarienummer,
  };
  const status = mandateStatus(data);
  if (status === "utkast") letterhead.status = { label: "Utkast", note: "Utkast – inte fastställt", watermark: "UTKAST" };
  if (status === "upphävd") letterhead.status = { label: "Upphävd", note: `Upphävd ${data.repealed?.date ?? ""}`.trim() };
  if (data.letterFooter) letterhead.footer = letterFooterLines(data.letterFooter);
  if (data.caseOfficer) {
    const { person, phone, email } = data.caseOfficer;
    letterhead.caseOfficer = { name: nameAsWritten(data.caseOfficer, "person", "person", person, registry), phone, email };
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

  // A draft has no decision yet, so no decision block and no signature.
  const decision = status !== "utkast" && data.decision && {
    date: wordingOf(data.decision, "date") ?? data.decision.date,
    statement: data.decision.statement,
    signature: signatureOf(data.decision.decidedBy, registry),
    delegation: data.decision.delegation,
  };
  return {
    slug: input.slug,
    title: data.title,
    group: data.group,
    letterhead,
    fields,
    ...(body.preamble !== undefined && { preamble: body.preamble }),
    sections,
    ...(decision && { decision }),
    distribution: data.distribution.map((r) => recipientView(r, registry)),
    status,
    repealed:
      status === "upphävd" && data.repealed
        ? { date: data.repealed.date, ...(data.repealed.replacedBy && { successor: registry.nameOf("group", data.repealed.replacedBy) }) }
        : undefined,
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
  // Printed only where the original has the line (its wording in text): the councils' originals
  // name the contact person under Rapportering, not here.
  if (data.contactPerson?.text) fields.push({ label: "Kontaktperson", text: data.contactPerson.text });
  const label = data.participants.label ?? "Deltagare";
  const items = data.participants.items.map((item) => item.text);
  fields.push(items.length === 1 ? { label, text: items[0] } : { label, list: items });
  if (data.adjunct) fields.push({ label: "Adjungerande deltagare", text: data.adjunct });
  fields.push({ label: "Mötesfrekvens", text: data.meetingFrequency.text });
  if (data.subgroups) fields.push({ label: "Undergrupper", text: data.subgroups.text });
  return fields;
}


function signatureOf(decidedBy: NonNullable<Mandate["decision"]>["decidedBy"], registry: Registry): string[] {
  const lines = decidedBy.person
    ? [
        nameAsWritten(decidedBy, "person", "person", decidedBy.person, registry),
        ...(decidedBy.role ? [nameAsWritten(decidedBy, "role", "role", decidedBy.role, registry)] : []),
      ]
    : [partyText(decidedBy, registry)];
  return lines.filter(Boolean);
}

/** The original's address block, a labelled line per part, in the order VGR's letters print them. */
function letterFooterLines(footer: NonNullable<Mandate["letterFooter"]>): string[] {
  const parts: [string, string | undefined][] = [
    ["Postadress", footer.postal?.join(", ")],
    ["Besöksadress", footer.visiting?.join(", ")],
    ["Telefon", footer.phone],
    ["E-post", footer.email],
    ["Webbplats", footer.web],
  ];
  return parts.flatMap(([label, value]) => (value ? [`${label}: ${value}`] : []));
}

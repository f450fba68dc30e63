/** Every rule. Adding a rule = one module + one line in one of the lists below. */
import type { LinkContext } from "../link/context.js";
import type { Rule } from "./define.js";
import agendaSections from "./agenda-sections.js";
import disableDirective from "./disable-directive.js";
import duplicateId from "./duplicate-id.js";
import frontmatter from "./frontmatter.js";
import include from "./include.js";
import referenceExists from "./reference-exists.js";
import requiredSections from "./required-sections.js";
import schema from "./schema.js";
import yamlSyntax from "./yaml-syntax.js";
import chairContactOrganisation from "./chair-contact-organisation.js";
import decisionDate from "./decision-date.js";
import decisionSignatory from "./decision-signatory.js";
import documentValidity from "./document-validity.js";
import guestItemResponsible from "./guest-item-responsible.js";
import meetingFrequencyRange from "./meeting-frequency-range.js";
import notesApprovedByChair from "./notes-approved-by-chair.js";
import notesReferences from "./notes-references.js";
import personContactConflict from "./person-contact-conflict.js";
import relatedSymmetric from "./related-symmetric.js";
import reportingCycle from "./reporting-cycle.js";
import subgroupParent from "./subgroup-parent.js";
import diarienummerFormat from "./diarienummer-format.js";
import externalLinkDomain from "./external-link-domain.js";
import nameNearMiss from "./name-near-miss.js";
import placeholderText from "./placeholder-text.js";

export type LinkRule = Rule<string, LinkContext> & { check: (ctx: LinkContext) => void };

/** Rules that run after all files are linked, in the order they run. */
export const linkRules = [
  duplicateId,
  referenceExists,
  requiredSections,
  agendaSections,
  chairContactOrganisation,
  decisionDate,
  decisionSignatory,
  documentValidity,
  guestItemResponsible,
  meetingFrequencyRange,
  notesApprovedByChair,
  notesReferences,
  personContactConflict,
  relatedSymmetric,
  reportingCycle,
  subgroupParent,
  diarienummerFormat,
  externalLinkDomain,
  nameNearMiss,
  placeholderText,
] as LinkRule[];

/** Rules whose diagnostics come from a pipeline stage (parse, validate) or from suppression. */
const stageRules: Rule[] = [disableDirective, frontmatter, include, schema, yamlSyntax];

/** All rules, sorted by id, for the rule list, config validation and documentation. */
export const rules: Rule[] = [...stageRules, ...(linkRules as Rule[])].sort((a, b) => (a.id < b.id ? -1 : 1));

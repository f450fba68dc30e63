/**
 * Every rule, sorted by id. Adding a rule = one module + one line here (+ its test and docs, which
 * tests/rules/meta.test.ts demands). Stage rules' diagnostics come from their stage; link rules run
 * in this order after the registry is built.
 */
import internal from "../check/internal.js";
import config from "../config/config.js";
import type { RuleMeta } from "../diagnostics/rule.js";
import type { LinkRule } from "../link/rule.js";
import encoding from "../load/rules/encoding.js";
import fileAccess from "../load/rules/file-access.js";
import limits from "../load/rules/limits.js";
import noDocuments from "../load/rules/no-documents.js";
import frontmatter from "../parse/rules/frontmatter.js";
import include from "../parse/rules/include.js";
import yamlSyntax from "../parse/rules/yaml-syntax.js";
import disableDirective from "../suppress/disable-directive.js";
import schema from "../validate/rules/schema.js";
import agendaSections from "./agenda-sections.js";
import asWritten from "./as-written.js";
import codeownersStale from "./codeowners-stale.js";
import chairContactOrganisation from "./chair-contact-organisation.js";
import decisionDate from "./decision-date.js";
import decisionHistory from "./decision-history.js";
import decisionSignatory from "./decision-signatory.js";
import diarienummerFormat from "./diarienummer-format.js";
import documentValidity from "./document-validity.js";
import duplicateId from "./duplicate-id.js";
import externalLinkDomain from "./external-link-domain.js";
import mandateLifecycle from "./mandate-lifecycle.js";
import mandateSuccession from "./mandate-succession.js";
import guestItemResponsible from "./guest-item-responsible.js";
import meetingFrequencyRange from "./meeting-frequency-range.js";
import meetingMandate from "./meeting-mandate.js";
import nameNearMiss from "./name-near-miss.js";
import notesApproval from "./notes-approval.js";
import notesApprovedByChair from "./notes-approved-by-chair.js";
import notesReferences from "./notes-references.js";
import personContactConflict from "./person-contact-conflict.js";
import personName from "./person-name.js";
import placeholderText from "./placeholder-text.js";
import referenceExists from "./reference-exists.js";
import relatedSymmetric from "./related-symmetric.js";
import reportingCycle from "./reporting-cycle.js";
import requiredSections from "./required-sections.js";
import sharedTextDrift from "./shared-text-drift.js";
import standardTextDeviation from "./standard-text-deviation.js";
import reviewDate from "./review-date.js";
import subgroupParent from "./subgroup-parent.js";

/** Rules that run after all files are linked, in the order they run. */
export const linkRules = [
  duplicateId,
  referenceExists,
  requiredSections,
  agendaSections,
  chairContactOrganisation,
  codeownersStale,
  decisionDate,
  decisionSignatory,
  decisionHistory,
  documentValidity,
  guestItemResponsible,
  mandateLifecycle,
  mandateSuccession,
  meetingFrequencyRange,
  notesApproval,
  notesApprovedByChair,
  notesReferences,
  personContactConflict,
  relatedSymmetric,
  reportingCycle,
  reviewDate,
  subgroupParent,
  diarienummerFormat,
  externalLinkDomain,
  nameNearMiss,
  placeholderText,
  asWritten,
  standardTextDeviation,
  personName,
  meetingMandate,
  sharedTextDrift,
] as unknown as LinkRule[];

/** Link rules that look at one document at a time (run, and cached, per document). */
export const documentRules: readonly LinkRule[] = linkRules.filter((r) => r.scope === "document");
/** Link rules that compare documents (run over all of them after the per-document work). */
export const corpusRules: readonly LinkRule[] = linkRules.filter((r) => r.scope !== "document");

/** Rules whose diagnostics come from a stage: parse, validate, suppression. */
const stageRules: RuleMeta[] = [config, disableDirective, encoding, fileAccess, frontmatter, include, internal, limits, noDocuments, schema, yamlSyntax];

/** All rules, sorted by id, for the rule list, config validation and documentation. */
export const rules: RuleMeta[] = [...stageRules, ...linkRules].sort((a, b) => (a.id < b.id ? -1 : 1));

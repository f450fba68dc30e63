/** What a link rule sees: every usable file, the registry built once, and a way to report. */
import type { Config } from "../config.js";
import type { Place } from "../diagnostics/diagnostic.js";
import type { Lang, Report, RuleMeta } from "../rules/define.js";
import type { ValidatedFile } from "../validate/index.js";
import { placeOf, type DataPath } from "../validate/locate.js";
import type { Mandate, MeetingNotes } from "../model/types.js";
import type { Registry } from "./registry.js";

export interface LinkContext {
  /** Documents that parsed; each may or may not match its schema. */
  documents: ValidatedFile[];
  registryFiles: ValidatedFile[];
  registry: Registry;
  lang: Lang;
  /** Today's date, YYYY-MM-DD, for rules about validity; fixed in tests. */
  today: string;
  /** The repository's mandat.config.json (links.allowedDomains for external-link-domain). */
  config: Config;
  report(rule: RuleMeta, report: Report): void;
}

/** Place of a frontmatter path in a file; undefined when the file has no YAML tree (a rule must not invent one). */
export function placeIn(file: ValidatedFile, path: DataPath, preferKey = false): Place | undefined {
  return file.yaml ? placeOf(file, path, preferKey) : undefined;
}

export function mandates(ctx: LinkContext): { file: ValidatedFile; data: Mandate }[] {
  return ctx.documents.filter((f) => f.schemaValid && f.kind === "mandate").map((file) => ({ file, data: file.data as Mandate }));
}

export function meetingNotes(ctx: LinkContext): { file: ValidatedFile; data: MeetingNotes }[] {
  return ctx.documents.filter((f) => f.schemaValid && f.kind === "meetingNotes").map((file) => ({ file, data: file.data as MeetingNotes }));
}

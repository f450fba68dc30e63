/** Validate stage: each file against its JSON Schema, collecting the references the schema marks. */
import type { ErrorObject } from "ajv";
import type { Reporter } from "../diagnostics/reporter.js";
import type { Report } from "../rules/define.js";
import type { ParsedFile } from "../parse/index.js";
import frontmatter from "../rules/frontmatter.js";
import schemaRule from "../rules/schema.js";
import type { FoundRef, ValidationContext } from "./ajv.js";
import { dedupe, humanize } from "./humanize.js";
import { placeOf, pointerToPath, type DataPath } from "./locate.js";
import { loadSchemas } from "./schemas.js";

export type DocumentKind = "mandate" | "meetingNotes";

export interface ValidatedFile extends ParsedFile {
  kind?: DocumentKind;
  /** References found in the data, with the frontmatter path of each. */
  refs: (FoundRef & { path: DataPath })[];
  /** The data matches its schema, so typed rules may read it. */
  schemaValid: boolean;
}

const KINDS: Record<string, DocumentKind> = { uppdragshandling: "mandate", motesanteckning: "meetingNotes" };

export function validateFile(parsed: ParsedFile, reporter: Reporter): ValidatedFile {
  const out: ValidatedFile = { ...parsed, refs: [], schemaValid: false };
  if (parsed.fatal) return out;
  const schemas = loadSchemas();
  const { file } = parsed;

  let validate;
  if (file.kind === "registry") {
    validate = schemas.registry[file.registry!];
  } else {
    const data = parsed.data;
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      reporter.report(frontmatter, { file: file.path, place: placeOf(parsed, []), messageId: "notMapping", fatal: true });
      return { ...out, fatal: true };
    }
    const type = (data as Record<string, unknown>).type;
    out.kind = typeof type === "string" ? KINDS[type] : undefined;
    if (!out.kind) {
      // Without a known type there is no schema to check against; say which types exist.
      if (type === undefined) validate = schemas.mandate;
      else {
        reporter.report(frontmatter, { file: file.path, place: placeOf(parsed, ["type"]), path: ["type"], messageId: "unknownType", data: { actual: JSON.stringify(type) }, actual: String(type), expected: Object.keys(KINDS), fatal: true });
        return { ...out, fatal: true };
      }
    } else validate = out.kind === "mandate" ? schemas.mandate : schemas.meetingNotes;
  }

  const context: ValidationContext = { refs: [] };
  const valid = validate.call(context, parsed.data) as boolean;
  out.refs = context.refs.map((r) => ({ ...r, path: pointerToPath(r.pointer) }));
  out.schemaValid = valid && out.kind !== undefined || (valid && file.kind === "registry");
  const reports = dedupe((validate.errors ?? []) as ErrorObject[]).map((error) =>
    humanize(error, parsed, reporter.lang, validate.schema as Record<string, unknown>),
  );
  for (const r of withoutEchoes(reports)) reporter.report(schemaRule, r);
  return out;
}

/**
 * A misspelt key shows up twice, as an unknown field and as a missing one ("chiar" / "chair").
 * Keep the unknown field, whose message already says "Menade du chair?".
 */
function withoutEchoes(reports: Report[]): Report[] {
  const misspelt = new Set(
    reports
      .filter((r) => r.messageId === "additionalProperties" && r.expected?.[0])
      .map((r) => JSON.stringify([...(r.path ?? []).slice(0, -1), r.expected![0]])),
  );
  return reports.filter((r) => !(r.messageId === "required" && misspelt.has(JSON.stringify(r.path))));
}

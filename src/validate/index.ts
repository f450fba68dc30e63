/** Validate stage: each file against its JSON Schema, collecting the references the schema marks. */
import type { ErrorObject } from "ajv";
import type { RawReport, ReportSink } from "../diagnostics/reporter.js";
import { skip, type Doc } from "../parse/doc.js";
import { placeOfPath } from "../parse/place.js";
import frontmatter from "../parse/rules/frontmatter.js";
import { closest } from "../util/closest.js";
import type { ValidationContext } from "./ajv.js";
import { dedupe, humanize } from "./humanize.js";
import { pointerToPath } from "./locate.js";
import schemaRule from "./rules/schema.js";
import type { Schemas } from "./schemas.js";

/** Validate a parsed file in place: sets its `type`, `refs`, and skips it where it is not usable. */
export function validateFile(doc: Doc, schemas: Schemas, reporter: ReportSink): Doc {
  if (doc.skipped.includes("unreadable")) return doc;
  const validate = doc.source.kind === "registry" ? schemas.registry[doc.source.registry!] : documentValidator(doc, schemas, reporter);
  if (!validate) return doc;

  const context: ValidationContext = { refs: [], prose: [] };
  const valid = validate.call(context, doc.data) as boolean;
  doc.refs = context.refs.map((r) => ({ kind: r.kind, id: r.id, path: pointerToPath(r.pointer) }));
  doc.prose = [...new Set(context.prose)].map(pointerToPath);
  if (!valid) skip(doc, "schema");
  const reports = dedupe((validate.errors ?? []) as ErrorObject[]).map((error) =>
    humanize(error, doc, schemas.lookup, validate.schema as Record<string, unknown>),
  );
  for (const r of withoutEchoes(reports)) reporter.report(schemaRule, r);
  return doc;
}

/** The schema of the document's type; without a known type there is none, which is a diagnostic. */
function documentValidator(doc: Doc, schemas: Schemas, reporter: ReportSink) {
  const data = doc.data;
  const types = [...schemas.documents.keys()];
  const fatal = (r: Omit<RawReport, "file" | "fatal">) => {
    reporter.report(frontmatter, { ...r, file: doc.path, fatal: true });
    skip(doc, "unreadable");
    return undefined;
  };
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return fatal({ place: placeOfPath(doc, []), messageId: "notMapping" });
  }
  const type = (data as Record<string, unknown>).type;
  if (type === undefined) return fatal({ place: placeOfPath(doc, []), messageId: "missingType", data: { types: types.join(", ") } });
  const validate = typeof type === "string" ? schemas.documents.get(type) : undefined;
  if (!validate) {
    skip(doc, "unknownType");
    return fatal({
      place: placeOfPath(doc, ["type"]),
      path: ["type"],
      messageId: "unknownType",
      data: { actual: JSON.stringify(type), types: types.join(", ") },
      actual: String(type),
      expected: closest(String(type), types, 1),
    });
  }
  doc.type = type as string;
  return validate;
}

/**
 * A misspelt key shows up twice, as an unknown field and as a missing one ("chiar" / "chair").
 * Keep the unknown field, whose message already says "Menade du chair?".
 */
function withoutEchoes(reports: RawReport[]): RawReport[] {
  const misspelt = new Set(
    reports
      .filter((r) => r.messageId === "additionalProperties" && r.expected?.[0])
      .map((r) => JSON.stringify([...(r.path ?? []).slice(0, -1), r.expected![0]])),
  );
  return reports.filter((r) => !(r.messageId === "required" && misspelt.has(JSON.stringify(r.path))));
}

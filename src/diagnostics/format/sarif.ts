/**
 * SARIF 2.1.0 for code scanning (GitHub uploads it with github/codeql-action/upload-sarif): one run,
 * the rules that fired with their one-line descriptions, one result per diagnostic at its file,
 * line and column. Paths are relative to the repository root (%SRCROOT%).
 */
import type { Log, ReportingDescriptor, Result } from "sarif";
import type { Diagnostic } from "../diagnostic.js";
import type { Lang, Localised } from "../messages.js";

export interface SarifOptions {
  lang: Lang;
  /** Every rule's id and description, for the run's rule list (the CLI passes rules/index.ts's). */
  rules?: readonly { id: string; description: Localised }[];
  /** mandat's version, for the tool record. */
  version?: string;
}

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

export function formatSarif(diagnostics: Diagnostic[], options: SarifOptions): string {
  const known = new Map((options.rules ?? []).map((r) => [r.id, r]));
  const ids = [...new Set(diagnostics.map((d) => d.ruleId))].sort();
  const rules: ReportingDescriptor[] = ids.map((id) => {
    const meta = known.get(id);
    return { id, ...(meta && { shortDescription: { text: meta.description[options.lang] } }) };
  });
  const index = new Map(ids.map((id, i) => [id, i]));
  const results: Result[] = diagnostics.map((d) => {
    const region = d.place
      ? {
          startLine: d.place.start.line,
          startColumn: d.place.start.column,
          ...(d.place.end && { endLine: d.place.end.line, endColumn: d.place.end.column }),
        }
      : undefined;
    return {
      ruleId: d.ruleId,
      ruleIndex: index.get(d.ruleId)!,
      level: LEVEL[d.severity],
      message: { text: d.note ? `${d.message} ${d.note}` : d.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(d.file), uriBaseId: "%SRCROOT%" }, ...(region && { region }) } }],
      ...(d.related && {
        relatedLocations: d.related.map((r, i) => ({
          id: i,
          message: { text: r.message },
          physicalLocation: {
            artifactLocation: { uri: encodeURI(r.file), uriBaseId: "%SRCROOT%" },
            ...(r.place && { region: { startLine: r.place.start.line, startColumn: r.place.start.column } }),
          },
        })),
      }),
    };
  });
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "mandat", informationUri: "https://www.vgregion.se/", ...(options.version && { version: options.version }), rules } },
        // Columns count UTF-16 code units, as JavaScript strings do.
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

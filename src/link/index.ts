/** Link stage: build the registry once, then run every link rule over all usable files. */
import type { Reporter } from "../diagnostics/reporter.js";
import { linkRules } from "../rules/index.js";
import type { ValidatedFile } from "../validate/index.js";
import { buildRegistry } from "./build-registry.js";
import type { LinkContext } from "./context.js";
import type { Registry } from "./registry.js";

export function link(documents: ValidatedFile[], registryFiles: ValidatedFile[], reporter: Reporter): Registry {
  const report = reporter.report.bind(reporter);
  const registry = buildRegistry(registryFiles, report);
  const ctx: LinkContext = { documents: documents.filter((d) => !d.fatal), registryFiles, registry, lang: reporter.lang, report };
  for (const rule of linkRules) {
    if (reporter.severityOf(rule) !== "off") rule.check(ctx);
  }
  return registry;
}

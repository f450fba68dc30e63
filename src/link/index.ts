/** Link stage: build the registry once, then run every link rule over all usable files. */
import type { Config } from "../config.js";
import type { Reporter } from "../diagnostics/reporter.js";
import { linkRules } from "../rules/index.js";
import type { ValidatedFile } from "../validate/index.js";
import { buildRegistry } from "./build-registry.js";
import type { LinkContext } from "./context.js";
import type { Registry } from "./registry.js";

export interface LinkOptions {
  today: string;
  config?: Config;
}

export function link(documents: ValidatedFile[], registryFiles: ValidatedFile[], reporter: Reporter, options: LinkOptions): Registry {
  const report = reporter.report.bind(reporter);
  const registry = buildRegistry(registryFiles, report, reporter.lang);
  const ctx: LinkContext = { documents: documents.filter((d) => !d.fatal), registryFiles, registry, lang: reporter.lang, today: options.today, config: options.config ?? { rules: {} }, report };
  for (const rule of linkRules) {
    if (reporter.severityOf(rule) !== "off") rule.check(ctx);
  }
  return registry;
}

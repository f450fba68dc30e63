/** The output formats by name: adding one is a module and a line here. */
import type { Diagnostic } from "../diagnostic.js";
import type { Lang } from "../messages.js";
import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import { formatStylish } from "./stylish.js";

export interface FormatOptions {
  lang: Lang;
  /** Source text by display path, for code frames. */
  sources?: Map<string, string>;
  color?: boolean;
}

export const formatters = {
  stylish: (diagnostics: Diagnostic[], options: FormatOptions) => formatStylish(diagnostics, options),
  json: (diagnostics: Diagnostic[]) => formatJson(diagnostics),
  github: (diagnostics: Diagnostic[], options: FormatOptions) => formatGithub(diagnostics, options.lang),
} satisfies Record<string, (diagnostics: Diagnostic[], options: FormatOptions) => string>;

export type FormatName = keyof typeof formatters;

/** The output formats by name: adding one is a module and a line here. */
import type { Diagnostic } from "../diagnostic.js";
import type { Lang, Localised } from "../messages.js";
import { formatGithub } from "./github.js";
import { formatGitlab } from "./gitlab.js";
import { formatJson } from "./json.js";
import { formatSarif } from "./sarif.js";
import { formatStylish } from "./stylish.js";

export interface FormatOptions {
  lang: Lang;
  /** Source text by display path, for code frames. */
  sources?: Map<string, string>;
  color?: boolean;
  /** Every rule's id and description (SARIF lists the rules that fired). */
  rules?: readonly { id: string; description: Localised }[];
  /** mandat's version (SARIF's tool record). */
  version?: string;
}

export const formatters = {
  stylish: (diagnostics: Diagnostic[], options: FormatOptions) => formatStylish(diagnostics, options),
  json: (diagnostics: Diagnostic[]) => formatJson(diagnostics),
  github: (diagnostics: Diagnostic[], options: FormatOptions) => formatGithub(diagnostics, options.lang),
  sarif: (diagnostics: Diagnostic[], options: FormatOptions) => formatSarif(diagnostics, options),
  gitlab: (diagnostics: Diagnostic[]) => formatGitlab(diagnostics),
} satisfies Record<string, (diagnostics: Diagnostic[], options: FormatOptions) => string>;

export type FormatName = keyof typeof formatters;

/**
 * Handlebars templates of the package's templates/ folder and of every document type, on an
 * isolated instance. Compiled with `strict: true`, so a misspelt field throws instead of printing
 * nothing. Folders are found relative to this module, never relative to the working directory.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";

const TEMPLATE_NAMES = ["letter", "site-index", "site-document", "site-group", "site-person", "site-organisation", "site-list", "site-structure", "site-search"] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];
export type StyleName = "letter.css" | "site.css";
export type ScriptName = "site.js" | "register.js";

/** Absolute path of the package's templates/ folder (src/html → ../../templates). */
export const TEMPLATES_DIR = fileURLToPath(new URL("../../templates/", import.meta.url));

/** A document type's content partial. */
export interface PartialSource {
  name: string;
  file: URL;
}

export interface Templates {
  render(name: TemplateName, context: object): string;
  style(name: StyleName): string;
  /** The site's own scripts (site.js: search, and it loads register.js on the register); the site works without them. */
  script(name?: ScriptName): string;
}

const cache = new WeakMap<readonly PartialSource[], Templates>();

/** The templates with the shared partials and the given document types' partials (cached per list). */
export function loadTemplates(partials: readonly PartialSource[]): Templates {
  const hit = cache.get(partials);
  if (hit) return hit;
  const hb = Handlebars.create();
  const options: CompileOptions = { strict: true };
  const partialsDir = join(TEMPLATES_DIR, "partials");
  for (const file of readdirSync(partialsDir).filter((f) => f.endsWith(".hbs")).sort()) {
    hb.registerPartial(basename(file, ".hbs"), hb.compile(readFileSync(join(partialsDir, file), "utf8"), options));
  }
  for (const p of partials) hb.registerPartial(p.name, hb.compile(readFileSync(fileURLToPath(p.file), "utf8"), options));
  const templates = new Map<TemplateName, Handlebars.TemplateDelegate>();
  for (const name of TEMPLATE_NAMES) {
    templates.set(name, hb.compile(readFileSync(join(TEMPLATES_DIR, `${name}.hbs`), "utf8"), options));
  }
  const styles = new Map<StyleName, string>();
  for (const name of ["letter.css", "site.css"] as const) styles.set(name, readFileSync(join(TEMPLATES_DIR, name), "utf8"));
  const loaded: Templates = {
    render: (name, context) => templates.get(name)!(context),
    style: (name) => styles.get(name)!,
    script: (name = "site.js") => readFileSync(join(TEMPLATES_DIR, name), "utf8"),
  };
  cache.set(partials, loaded);
  return loaded;
}

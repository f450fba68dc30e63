/**
 * Handlebars templates of the package's templates/ folder, on an isolated instance.
 * Compiled with `strict: true`, so a misspelt field throws instead of printing nothing.
 * The folder is found relative to this module, never relative to the working directory.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";

export type TemplateName = "mandate" | "notes" | "site-index" | "site-document";
export type StyleName = "letter.css" | "site.css";

/** Absolute path of the package's templates/ folder (src/html → ../../templates). */
export const TEMPLATES_DIR = fileURLToPath(new URL("../../templates/", import.meta.url));

interface Loaded {
  templates: Map<TemplateName, Handlebars.TemplateDelegate>;
  styles: Map<StyleName, string>;
}

let loaded: Loaded | undefined;

function load(): Loaded {
  if (loaded) return loaded;
  const hb = Handlebars.create();
  const options: CompileOptions = { strict: true };
  const partialsDir = join(TEMPLATES_DIR, "partials");
  for (const file of readdirSync(partialsDir).filter((f) => f.endsWith(".hbs")).sort()) {
    const source = readFileSync(join(partialsDir, file), "utf8");
    hb.registerPartial(basename(file, ".hbs"), hb.compile(source, options));
  }
  const templates = new Map<TemplateName, Handlebars.TemplateDelegate>();
  for (const name of ["mandate", "notes", "site-index", "site-document"] as const) {
    templates.set(name, hb.compile(readFileSync(join(TEMPLATES_DIR, `${name}.hbs`), "utf8"), options));
  }
  const styles = new Map<StyleName, string>();
  for (const name of ["letter.css", "site.css"] as const) styles.set(name, readFileSync(join(TEMPLATES_DIR, name), "utf8"));
  loaded = { templates, styles };
  return loaded;
}

/** Render one of the top-level templates with a plain-data context. */
export function renderTemplate(name: TemplateName, context: object): string {
  return load().templates.get(name)!(context);
}

/** The text of one of the stylesheets in templates/. */
export function readStyle(name: StyleName): string {
  return load().styles.get(name)!;
}

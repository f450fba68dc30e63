/** A document as a complete, self-contained HTML page for the PDF printer. */
import type { Registry } from "../link/registry.js";
import { renderTemplate, readStyle } from "./templates.js";
import type { DocumentView, RenderInput } from "./types.js";
import { buildView, documentMeta } from "./view.js";

/** What the letter partials need besides the view: the group's display name. */
export interface LetterContext {
  view: DocumentView;
  isMandate: boolean;
  groupName: string;
  /** Notes print "Grupp: …" only when the title is not already the group's name. */
  showGroup: boolean;
}

export function letterContext(view: DocumentView, registry: Registry): LetterContext {
  const groupName = registry.nameOf("group", view.group);
  const shortNames = registry.group(view.group)?.shortNames ?? [];
  return {
    view,
    isMandate: view.kind === "mandate",
    groupName,
    showGroup: view.title !== groupName && !shortNames.includes(view.title),
  };
}

/**
 * Full HTML document (`<html lang="sv">`) with letter.css inlined and no external URL of its own;
 * document text is escaped by the templates, body sections are already sanitised.
 */
export function renderDocumentHtml(input: RenderInput, registry: Registry): string {
  const view = buildView(input, registry);
  const title = documentMeta(input, registry).title;
  return renderTemplate(view.kind === "mandate" ? "mandate" : "notes", {
    ...letterContext(view, registry),
    title,
    css: readStyle("letter.css"),
  });
}

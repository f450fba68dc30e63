/** A document as a complete, self-contained HTML page for the PDF printer, and the letter context the site shares. */
import type { DocType } from "../doctypes/define.js";
import type { Registry } from "../link/registry.js";
import type { MarkdownOptions } from "./markdown.js";
import type { Templates } from "./templates.js";
import { fontFaceCss } from "./fonts.js";
import { pageCss } from "./page.js";
import type { Letterhead, RenderInput } from "./types.js";

/** What a type's content partial renders: its view, and the group's display name. */
export interface LetterContext {
  partial: string;
  view: object;
  groupName: string;
  /** Notes print "Grupp: …" only when the title is not already the group's name. */
  showGroup: boolean;
}

export function letterContext(input: RenderInput, type: DocType, registry: Registry, options: MarkdownOptions = {}): LetterContext {
  const view = type.view(input, registry, options);
  const entry = type.entry(input);
  const groupName = registry.nameOf("group", entry.group);
  const shortNames = registry.group(entry.group)?.shortNames ?? [];
  return {
    partial: type.partial.name,
    view,
    groupName,
    showGroup: entry.title !== groupName && !shortNames.includes(entry.title),
  };
}

/**
 * Full HTML document (`<html lang="sv">`) with letter.css inlined and no external URL of its own;
 * document text is escaped by the templates, body sections are already sanitised. Group links are
 * plain text in print.
 */
export function renderDocumentHtml(input: RenderInput, type: DocType, registry: Registry, templates: Templates, print: PrintFrame = {}): string {
  const context = letterContext(input, type, registry, { allowedDomains: print.allowedDomains });
  // A document type without a letterhead (a caller's own type) gets the page frame without it.
  const letterhead = (context.view as { letterhead?: Letterhead }).letterhead;
  return templates.render("letter", {
    ...context,
    title: type.meta(input, registry).title,
    css: templates.style("letter.css"),
    fonts: fontFaceCss(),
    pageCss: pageCss({ letterhead, ...(print.revision !== undefined && { revision: print.revision }) }),
    watermark: letterhead?.status?.watermark,
  });
}

/** What the print adds to a document's own content. */
export interface PrintFrame {
  /** The source revision, printed small in the footer of every page. */
  revision?: string;
  /** Links outside these domains are printed as their words (link/link-verdict.ts). */
  allowedDomains?: readonly string[];
}

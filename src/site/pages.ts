/** The static site: a register of every group, and one page per document with its PDF. */
import { posix } from "node:path";
import { letterContext } from "../html/render.js";
import { readStyle, renderTemplate } from "../html/templates.js";
import type { DocumentMeta, DocumentView, RenderInput } from "../html/types.js";
import type { Registry } from "../link/registry.js";
import type { OutputFile } from "./write.js";

/** A rendered document as the site sees it. */
export interface SiteDocument {
  input: RenderInput;
  view: DocumentView;
  meta: DocumentMeta;
}

export const SITE_TITLE = "Register över koncernövergripande grupper och samordningsråd";

/** Relative paths inside the output folder (the site is hosted under an unknown prefix). */
export const sitePaths = {
  index: "index.html",
  css: "site.css",
  page: (slug: string) => `dokument/${slug}.html`,
  pdf: (slug: string) => `pdf/${slug}.pdf`,
};

interface MandateRow {
  title: string;
  href: string;
  pdfHref: string;
  diarienummer: string;
  decisionDate: string;
}

interface GroupRow {
  id: string;
  name: string;
  kind: string;
  mandates: MandateRow[];
}

interface NotesGroup {
  id: string;
  name: string;
  items: { title: string; date: string; href: string; pdfHref: string }[];
}

const collator = new Intl.Collator("sv");

/**
 * Where a `grupp:` link on a document page goes: the page of the group's mandate in this build (the
 * latest decided, when there are several), relative to dokument/; undefined (plain text) without one.
 */
export function groupPageHref(inputs: readonly RenderInput[]): (groupId: string) => string | undefined {
  const latest = new Map<string, { slug: string; decided: string }>();
  for (const { slug, data } of inputs) {
    if (data.type !== "uppdragshandling") continue;
    const current = latest.get(data.group);
    if (!current || data.decision.date > current.decided) latest.set(data.group, { slug, decided: data.decision.date });
  }
  return (groupId) => {
    const hit = latest.get(groupId);
    // Document pages are siblings in dokument/: a link by file name.
    return hit ? posix.basename(sitePaths.page(hit.slug)) : undefined;
  };
}

/** index.html, site.css and dokument/<slug>.html; the PDFs themselves are written by the build. */
export function sitePages(docs: readonly SiteDocument[], registry: Registry): OutputFile[] {
  const files: OutputFile[] = [
    { path: sitePaths.index, content: indexPage(docs, registry) },
    { path: sitePaths.css, content: `${readStyle("letter.css")}\n${readStyle("site.css")}` },
  ];
  for (const doc of docs) files.push({ path: sitePaths.page(doc.input.slug), content: documentPage(doc, registry) });
  return files;
}

function indexPage(docs: readonly SiteDocument[], registry: Registry): string {
  const mandatesByGroup = new Map<string, MandateRow[]>();
  const notesByGroup = new Map<string, NotesGroup["items"]>();
  for (const { input, view } of docs) {
    const data = input.data;
    const href = sitePaths.page(input.slug);
    const pdfHref = sitePaths.pdf(input.slug);
    if (view.kind === "mandate" && data.type === "uppdragshandling") {
      push(mandatesByGroup, data.group, {
        title: view.title,
        href,
        pdfHref,
        diarienummer: data.diarienummer,
        decisionDate: data.decision.date,
      });
    } else {
      push(notesByGroup, data.group, { title: view.title, date: data.date, href, pdfHref });
    }
  }

  // Every group of the registry, plus any group a document names that the registry lacks.
  const ids = new Set([...registry.groups.keys(), ...mandatesByGroup.keys(), ...notesByGroup.keys()]);
  const groups: GroupRow[] = [...ids]
    .map((id) => ({
      id,
      name: registry.nameOf("group", id),
      kind: registry.group(id)?.kind ?? "",
      mandates: (mandatesByGroup.get(id) ?? []).sort((a, b) => b.decisionDate.localeCompare(a.decisionDate)),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const notes: NotesGroup[] = [...notesByGroup]
    .map(([id, items]) => ({
      id,
      name: registry.nameOf("group", id),
      items: items.sort((a, b) => b.date.localeCompare(a.date) || collator.compare(a.title, b.title)),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));

  return renderTemplate("site-index", {
    title: SITE_TITLE,
    cssHref: sitePaths.css,
    home: sitePaths.index,
    groups,
    notes,
    counts: {
      groups: groups.length,
      mandates: [...mandatesByGroup.values()].reduce((n, rows) => n + rows.length, 0),
      notes: notes.reduce((n, group) => n + group.items.length, 0),
    },
  });
}

function documentPage(doc: SiteDocument, registry: Registry): string {
  const up = "../"; // dokument/<slug>.html is one level down
  return renderTemplate("site-document", {
    ...letterContext(doc.view, registry),
    title: doc.meta.title,
    cssHref: up + sitePaths.css,
    home: up + sitePaths.index,
    pdfHref: up + sitePaths.pdf(doc.input.slug),
  });
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The static site: a register of every group, and one page per document with its PDF. */
import { posix } from "node:path";
import type { DocType, RegisterEntry } from "../doctypes/define.js";
import type { LetterContext } from "../html/render.js";
import type { Templates } from "../html/templates.js";
import type { DocumentMeta, RenderInput } from "../html/types.js";
import type { Registry } from "../link/registry.js";
import { collator } from "../util/text.js";
import type { OutputFile } from "./write.js";

/** A rendered document as the site sees it. */
export interface SiteDocument {
  input: RenderInput;
  type: DocType;
  letter: LetterContext;
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

interface Row extends RegisterEntry {
  type: DocType;
  href: string;
  pdfHref: string;
}

/** "16 grupper i registret, 4 uppdragshandlingar och 1 mötesanteckning." */
function lead(groups: number, counts: { type: DocType; count: number }[]): string {
  const parts = counts.map(({ type, count }) => `${count} ${count === 1 ? type.name.sv : type.plural.sv.toLowerCase()}`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} och ${parts.at(-1)}` : parts.join("");
  return `${groups} ${groups === 1 ? "grupp" : "grupper"} i registret${list ? `, ${list}` : ""}.`;
}

/**
 * Where a `grupp:` link on a document page goes: the page of the group's latest document of a type
 * listed in the groups table (its mandate), relative to dokument/; undefined (plain text) without one.
 */
export function groupPageHref(inputs: readonly RenderInput[], types: ReadonlyMap<string, DocType>): (groupId: string) => string | undefined {
  const latest = new Map<string, { slug: string; date: string }>();
  for (const input of inputs) {
    const type = types.get(input.type);
    if (type?.register !== "groups") continue;
    const { group, date } = type.entry(input);
    const current = latest.get(group);
    if (!current || date > current.date) latest.set(group, { slug: input.slug, date });
  }
  return (groupId) => {
    const hit = latest.get(groupId);
    // Document pages are siblings in dokument/: a link by file name.
    return hit ? posix.basename(sitePaths.page(hit.slug)) : undefined;
  };
}

/** index.html, site.css and dokument/<slug>.html; the PDFs themselves are written by the build. */
export function sitePages(docs: readonly SiteDocument[], registry: Registry, types: readonly DocType[], templates: Templates): OutputFile[] {
  const files: OutputFile[] = [
    { path: sitePaths.index, content: indexPage(docs, registry, types, templates) },
    { path: sitePaths.css, content: `${templates.style("letter.css")}\n${templates.style("site.css")}` },
  ];
  for (const doc of docs) files.push({ path: sitePaths.page(doc.input.slug), content: documentPage(doc, templates) });
  return files;
}

function indexPage(docs: readonly SiteDocument[], registry: Registry, types: readonly DocType[], templates: Templates): string {
  const rows = new Map<DocType, Map<string, Row[]>>(types.map((t) => [t, new Map()]));
  for (const { input, type } of docs) {
    const entry = type.entry(input);
    push(rows.get(type)!, entry.group, { ...entry, type, href: sitePaths.page(input.slug), pdfHref: sitePaths.pdf(input.slug) });
  }
  const newestFirst = (a: Row, b: Row) => b.date.localeCompare(a.date) || collator.compare(a.title, b.title);
  const inTable = types.filter((t) => t.register === "groups");
  const tableRows = (id: string) => inTable.flatMap((t) => rows.get(t)!.get(id) ?? []).sort(newestFirst);

  // Every group of the registry, plus any group a document names that the registry lacks.
  const ids = new Set([...registry.groups.keys(), ...inTable.flatMap((t) => [...rows.get(t)!.keys()])]);
  const groups = [...ids]
    .map((id) => ({ id, name: registry.nameOf("group", id), kind: registry.group(id)?.kind ?? "", documents: tableRows(id) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const sections = types
    .filter((t) => t.register === "byGroup")
    .map((t) => {
      const byGroup = [...rows.get(t)!]
        .map(([id, items]) => ({ id, name: registry.nameOf("group", id), items: items.sort(newestFirst) }))
        .sort((a, b) => collator.compare(a.name, b.name));
      return { type: t, heading: t.plural.sv, lowerHeading: t.plural.sv.toLowerCase(), groups: byGroup, count: byGroup.reduce((n, g) => n + g.items.length, 0) };
    });

  return templates.render("site-index", {
    title: SITE_TITLE,
    cssHref: sitePaths.css,
    home: sitePaths.index,
    lead: lead(groups.length, [
      ...inTable.map((t) => ({ type: t, count: groups.reduce((n, g) => n + g.documents.filter((d) => d.type === t).length, 0) })),
      ...sections,
    ]),
    groups,
    sections,
  });
}

function documentPage(doc: SiteDocument, templates: Templates): string {
  const up = "../"; // dokument/<slug>.html is one level down
  return templates.render("site-document", {
    ...doc.letter,
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

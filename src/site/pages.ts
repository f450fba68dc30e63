/**
 * The static site: the register (with pre-rendered filtered and sorted views), one page per group
 * at a stable address from its id (grupp/<id>.html, also for groups without a mandate), one page per
 * document, organisation and person, the structure diagram, search, and calendars. Every link is
 * relative, so the site can live under any sub-path.
 */
import { posix } from "node:path";
import type { Store } from "../cache/store.js";
import type { DocType } from "../doctypes/define.js";
import { mandateStatus } from "../doctypes/lifecycle.js";
import type { Mandate } from "../doctypes/mandate/data.generated.js";
import type { MeetingNotes } from "../doctypes/meeting-notes/data.generated.js";
import type { Templates } from "../html/templates.js";
import type { RenderInput } from "../html/types.js";
import type { Registry } from "../link/registry.js";
import { collator } from "../util/text.js";
import { Layouts, renderDiagram, type DiagramEdge, type DiagramNode } from "./diagram.js";
import type { History, Revision } from "./history.js";
import { calendar, type CalendarEvent } from "./ics.js";
import { buildModel, isMandate, isNotes, related, push, type Assignment, type GroupInfo, type SiteDocument, type SiteModel } from "./model.js";
import { searchIndexer } from "./search.js";
import type { OutputFile } from "./write.js";
import { mark } from "../util/timing.js";

export type { SiteDocument } from "./model.js";

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#004f8c"/><path d="M9 9h14M9 16h14M9 23h9" stroke="#fff" stroke-width="3" stroke-linecap="round"/></svg>\n`;

export const SITE_TITLE = "Register över koncernövergripande grupper och samordningsråd";

/** Paths inside the output folder (the site is hosted under an unknown prefix). */
export const sitePaths = {
  index: "index.html",
  css: "site.css",
  script: "site.js",
  registerScript: "register.js",
  icon: "favicon.svg",
  search: "sok.html",
  structure: "struktur.html",
  people: "personer.html",
  organisations: "organisationer.html",
  view: (name: string) => `register/${name}.html`,
  group: (id: string) => `grupp/${id}.html`,
  person: (id: string) => `person/${id}.html`,
  organisation: (id: string) => `organisation/${id}.html`,
  calendar: (group: string) => `kalender/${group}.ics`,
  page: (slug: string) => `dokument/${slug}.html`,
  pdf: (slug: string) => `pdf/${slug}.pdf`,
};

/** "1 mötesanteckning", "2 mötesanteckningar". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a, b och c". */
function listText(parts: readonly string[]): string {
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} och ${parts.at(-1)}` : parts.join("");
}

/** ASCII slug of Swedish text, for view file names: "koncernövergripande grupp" → "koncernovergripande-grupp". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, "a")
    .replace(/ö/g, "o")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** A link from page `from` to site path `to`, relative. */
function hrefFrom(from: string): (to: string) => string {
  const dir = posix.dirname(from);
  return (to) => posix.relative(dir, to);
}

/**
 * Where a `grupp:` link in a document's text goes: the group's page (every group has one). The
 * same relative link works from dokument/ and grupp/, the two folders that render document text.
 */
export function groupPageHref(): (groupId: string) => string | undefined {
  return (groupId) => `../${sitePaths.group(groupId)}`;
}

interface LinkView {
  name: string;
  href?: string;
  note?: string;
}

interface Page {
  path: string;
  template: Parameters<Templates["render"]>[0];
  context: object;
  /** Indexed for search. */
  search?: boolean;
}

/** Every file of the site except the PDFs (the build writes those). */
export async function sitePages(docs: readonly SiteDocument[], registry: Registry, types: readonly DocType[], templates: Templates, history: History = new Map(), store?: Store): Promise<OutputFile[]> {
  const model = buildModel(docs, registry);
  // The diagrams' layouts: each graph laid out once, and kept in the build's cache when there is one.
  const layouts = new Layouts(store);
  // Each page is rendered as soon as it is made and, when searchable, handed to the search indexer
  // (a process of its own), which indexes it while this thread makes the next pages.
  const search = searchIndexer();
  const files: OutputFile[] = [];
  try {
    const add = (page: Page): void => {
      const file = { path: page.path, content: render(templates, page) };
      files.push(file);
      if (page.search) search.add(file);
    };
    registerPages(model, types).forEach(add);
    for (const group of model.groupList) add(await groupPage(model, group, history, layouts));
    mark("site: group pages");
    for (const doc of docs) add(documentPage(model, doc));
    [...peoplePages(model), ...organisationPages(model)].forEach(add);
    add(await structurePage(model, layouts));
    add(searchPage());
    mark("site: pages rendered");
  } catch (error) {
    await search.files().catch(() => undefined); // releases the indexer
    throw error;
  }
  files.push({ path: sitePaths.css, content: `${templates.style("letter.css")}\n${templates.style("site.css")}` });
  files.push({ path: sitePaths.script, content: templates.script("site.js") });
  files.push({ path: sitePaths.registerScript, content: templates.script("register.js") });
  // An icon of its own, so browsers do not ask the server's root for /favicon.ico (outside the sub-path).
  files.push({ path: sitePaths.icon, content: FAVICON });
  files.push(...calendars(model));
  files.push(...(await search.files()));
  mark("site: search index");
  return files;
}

function render(templates: Templates, page: Page): string {
  const href = hrefFrom(page.path);
  const nav = [
    { label: "Register", path: sitePaths.index },
    { label: "Struktur", path: sitePaths.structure },
    { label: "Organisationer", path: sitePaths.organisations },
    { label: "Personer", path: sitePaths.people },
    { label: "Sök", path: sitePaths.search },
  ].map((n) => ({ label: n.label, href: href(n.path), current: n.path === page.path }));
  const title = (page.context as { title?: string }).title ?? SITE_TITLE;
  const chrome = { site: SITE_TITLE, fullTitle: title === SITE_TITLE ? SITE_TITLE : `${title} – ${SITE_TITLE}`, cssHref: href(sitePaths.css), scriptHref: href(sitePaths.script), iconHref: href(sitePaths.icon), home: href(sitePaths.index), searchHref: href(sitePaths.search), nav };
  return templates.render(page.template, { ...chrome, ...page.context });
}

// ---------------------------------------------------------------- register

interface RegisterRow {
  id: string;
  name: string;
  href: string;
  kind: string;
  area: string;
  chair: string;
  reportsTo: LinkView[];
  status: string;
  decided: string;
  diarienummer: string;
  pdfHref: string | null;
  notes: string;
  /** No mandate and nothing else to show: the row reads as one calm phrase instead of dashes. */
  calm: boolean;
  /** For the register script: what the row is filtered and sorted by. */
  data: { kind: string; kindLabel: string; status: string; statusRank: number; organisations: string; decided: string };
}

type Filter = { key: string; label: string; test: (g: GroupInfo) => boolean };
type Sort = { key: string; label: string; compare: (a: GroupInfo, b: GroupInfo) => number };

const STATUS_ORDER = ["fastställd", "utkast", "upphävd", "uppdragshandling saknas"];

/** The register's two row groups: documented groups lead, the groups only known by name follow. */
const ROW_GROUPS = [
  { key: "med-uppdragshandling", heading: "Grupper med uppdragshandling", note: "", test: (g: GroupInfo) => Boolean(g.mandate) },
  {
    key: "utan-uppdragshandling",
    heading: "Kända grupper utan uppdragshandling i registret",
    note: "Ansvarsområde, ordförande, rapportväg och beslut står i uppdragshandlingen och är därför inte kända för dessa grupper.",
    test: (g: GroupInfo) => !g.mandate,
  },
];

function registerPages(model: SiteModel, types: readonly DocType[]): Page[] {
  const byName = (a: GroupInfo, b: GroupInfo): number => collator.compare(a.name, b.name);
  const sorts: Sort[] = [
    { key: "namn", label: "namn", compare: byName },
    { key: "typ", label: "typ", compare: (a, b) => collator.compare(a.kind, b.kind) || byName(a, b) },
    { key: "status", label: "status", compare: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || byName(a, b) },
    { key: "beslut", label: "senaste beslut", compare: (a, b) => b.decided.localeCompare(a.decided) || byName(a, b) },
  ];
  const distinct = (values: string[]): string[] => [...new Set(values.filter(Boolean))].sort(collator.compare);
  const kinds = distinct(model.groupList.map((g) => g.kind));
  const statuses = STATUS_ORDER.filter((s) => model.groupList.some((g) => g.status === s));
  const organisations = distinct(model.groupList.flatMap((g) => g.organisations)).sort((a, b) => collator.compare(model.registry.nameOf("organisation", a), model.registry.nameOf("organisation", b)));
  const filterSets: { heading: string; param: string; filters: (Filter & { value: string })[] }[] = [
    { heading: "Typ", param: "typ", filters: kinds.map((k) => ({ key: `typ-${slugify(k)}`, value: slugify(k), label: k, test: (g) => g.kind === k })) },
    { heading: "Status", param: "status", filters: statuses.map((s) => ({ key: `status-${slugify(s)}`, value: slugify(s), label: s, test: (g) => g.status === s })) },
    { heading: "Organisation", param: "organisation", filters: organisations.map((o) => ({ key: `organisation-${o}`, value: o, label: model.registry.nameOf("organisation", o), test: (g) => g.organisations.includes(o) })) },
  ];

  const pathOf = (filter: Filter | undefined, sort: Sort): string =>
    !filter && sort.key === "namn" ? sitePaths.index : sitePaths.view(filter ? (sort.key === "namn" ? filter.key : `${filter.key}-${sort.key}`) : `alla-${sort.key}`);
  const notesType = types.find((t) => t.type === "motesanteckning");
  const pages: Page[] = [];
  const filters: (Filter | undefined)[] = [undefined, ...filterSets.flatMap((s) => s.filters)];
  // Filtered views are sorted by name; the whole list also by each column (4 + filters pages, not 4 × filters).
  const combinations = [...sorts.map((sort) => ({ filter: undefined, sort })), ...filters.slice(1).map((filter) => ({ filter, sort: sorts[0]! }))];
  for (const { filter, sort } of combinations) {
    {
      const path = pathOf(filter, sort);
      const href = hrefFrom(path);
      const groups = model.groupList.filter((g) => !filter || filter.test(g)).sort(sort.compare);
      const rowOf = (g: GroupInfo): RegisterRow => {
        const reportsTo = reportsToLinks(model, g, href);
        return {
          id: g.id,
          name: g.name,
          href: href(sitePaths.group(g.id)),
          kind: g.kind || "–",
          area: g.area || "–",
          chair: g.chair || "–",
          reportsTo,
          status: g.status,
          decided: g.decided || "–",
          diarienummer: (g.mandate?.input.data as Mandate | undefined)?.diarienummer ?? "",
          pdfHref: g.mandate ? href(sitePaths.pdf(g.mandate.input.slug)) : null,
          notes: notesType && g.notes.some(isNotes) ? count(g.notes.filter(isNotes).length, notesType.name.sv, notesType.plural.sv.toLowerCase()) : "",
          calm: !g.mandate && reportsTo.length === 0 && !g.area && !g.chair && !g.decided,
          data: {
            kind: slugify(g.kind),
            kindLabel: g.kind,
            status: slugify(g.status),
            statusRank: STATUS_ORDER.indexOf(g.status),
            organisations: g.organisations.join(" "),
            decided: g.decided,
          },
        };
      };
      const rowGroups = ROW_GROUPS.map((set) => {
        const rows = groups.filter(set.test).map(rowOf);
        return { key: set.key, heading: set.heading, note: set.note, count: rows.length, rows };
      }).filter((set) => set.rows.length > 0);
      const shownCount = groups.length;
      const perType = types.map((t) => count(model.docs.filter((d) => d.type === t).length, t.name.sv, t.plural.sv.toLowerCase()));
      const lead = `${count(model.groupList.length, "grupp", "grupper")} i registret, ${listText(perType)}.`;
      const shown = filter ? `Visar ${count(shownCount, "grupp", "grupper")}: ${filter.label}, sorterade efter ${sort.label}.` : `Visar alla ${count(shownCount, "grupp", "grupper")}, sorterade efter ${sort.label}.`;
      // On the start page, every type listed by group (meeting notes …) gets a section of its own.
      const sections = path !== sitePaths.index ? [] : types
        .filter((t) => t.register === "byGroup")
        .map((t) => {
          const groups = model.groupList
            .map((g) => ({ name: g.name, href: href(sitePaths.group(g.id)), items: g.notes.filter((d) => d.type === t).map((d) => noteLink(d, href)) }))
            .filter((g) => g.items.length > 0);
          return { heading: t.plural.sv, lowerHeading: t.plural.sv.toLowerCase(), groups };
        });
      // The column the rows are sorted by, for aria-sort; the date column runs newest first.
      const ariaSort = (key: string): string | null => (sort.key !== key ? null : key === "beslut" ? "descending" : "ascending");
      pages.push({
        path,
        template: "site-index",
        search: false,
        context: {
          title: filter ? `${SITE_TITLE}: ${filter.label}` : SITE_TITLE,
          heading: SITE_TITLE,
          lead,
          shown,
          rowGroups,
          columns: [
            { label: "Grupp", sort: "namn" },
            { label: "Typ", sort: "typ" },
            { label: "Ansvarsområde", sort: null },
            { label: "Ordförande", sort: null },
            { label: "Rapporterar till", sort: null },
            { label: "Status", sort: "status" },
            { label: "Senaste beslut", sort: "beslut" },
            { label: "PDF", sort: null },
          ].map((c) => ({ ...c, ariaSort: c.sort ? ariaSort(c.sort) : null })),
          // The filter box is open when it shows a choice the visitor made.
          viewsOpen: path !== sitePaths.index,
          sortHeading: filter ? "Sortera alla grupper efter" : "Sortera efter",
          sorts: sorts.map((s) => ({ label: s.label, href: href(pathOf(undefined, s)), current: !filter && s === sort })),
          filterSets: [
            { heading: "Visa", filters: [{ label: "alla grupper", href: href(sitePaths.index), current: !filter && sort === sorts[0] }] },
            ...filterSets.map((set) => ({
              heading: set.heading,
              filters: set.filters.map((f) => ({ label: `${f.label} (${model.groupList.filter(f.test).length})`, href: href(pathOf(f, sorts[0]!)), current: f === filter })),
            })),
          ],
          // The compact controls the register script puts in place of the links (whole list only).
          controls: path !== sitePaths.index ? null : {
            filters: filterSets.map((set) => ({
              param: set.param,
              label: set.heading,
              options: set.filters.map((f) => ({ value: f.value, label: `${f.label} (${model.groupList.filter(f.test).length})` })),
            })),
            sorts: sorts.map((s) => ({ value: s.key, label: s.label })),
          },
          structureHref: href(sitePaths.structure),
          sections,
        },
      });
    }
  }
  return pages;
}

/** Whom a group reports to: groups as links, roles and others as text. */
function reportsToLinks(model: SiteModel, group: GroupInfo, href: (to: string) => string): LinkView[] {
  const data = group.mandate?.input.data as Mandate | undefined;
  if (!data) return related(model, group.id, "reportsTo", "out").map((id) => ({ name: model.registry.nameOf("group", id), href: href(sitePaths.group(id)) }));
  return data.reportsTo.map((party) =>
    party.group
      ? { name: model.registry.nameOf("group", party.group), href: href(sitePaths.group(party.group)) }
      : { name: party.text ?? (party.role ? model.registry.nameOf("role", party.role) : party.organisation ? model.registry.nameOf("organisation", party.organisation) : party.person ? model.registry.nameOf("person", party.person) : "") },
  );
}

// ---------------------------------------------------------------- group pages

async function groupPage(model: SiteModel, group: GroupInfo, history: History, layouts: Layouts): Promise<Page> {
  const path = sitePaths.group(group.id);
  const href = hrefFrom(path);
  const { registry } = model;
  const groupLink = (id: string): LinkView => ({ name: registry.nameOf("group", id), href: href(sitePaths.group(id)) });
  const mandate = group.mandate;
  const data = mandate?.input.data as Mandate | undefined;

  const facts: { label: string; value: string; href?: string }[] = [];
  facts.push({ label: "Typ", value: group.kind || "okänd (finns inte i groups.yaml)" });
  facts.push({ label: "Status", value: group.status });
  if (data) {
    if (data.area) facts.push({ label: "Ansvarsområde", value: data.area });
    facts.push({ label: "Diarienummer", value: data.diarienummer });
    if (data.decision) {
      facts.push({ label: "Beslutad", value: data.decision.date });
      const by = data.decision.decidedBy;
      facts.push({ label: "Beslutad av", value: partyName(by, registry), ...(by.person && { href: href(sitePaths.person(by.person)) }) });
    }
    facts.push({ label: "Ordförande", value: group.chair, ...(data.chair.person ? { href: href(sitePaths.person(data.chair.person)) } : data.chair.group ? { href: href(sitePaths.group(data.chair.group)) } : {}) });
    if (data.contactPerson) facts.push({ label: "Kontaktperson", value: partyName(data.contactPerson, registry) });
    facts.push({ label: "Mötesfrekvens", value: data.meetingFrequency.text });
    if (data.reviewBy) facts.push({ label: "Ses över senast", value: data.reviewBy });
    if (data.repealed) facts.push({ label: "Upphävd", value: data.repealed.date });
  }
  const participants = data?.participants.items.map((item) => ({
    text: item.text,
    organisations: (item.organisations ?? []).map((o) => ({ name: registry.nameOf("organisation", o), href: href(sitePaths.organisation(o)) })),
  })) ?? [];

  const relationSets = [
    { heading: "Rapporterar till", items: reportsToLinks(model, group, href) },
    { heading: "Rapporteras till av", items: related(model, group.id, "reportsTo", "in").map(groupLink) },
    { heading: "Undergrupp till", items: related(model, group.id, "subgroup", "in").map(groupLink) },
    { heading: "Undergrupper", items: related(model, group.id, "subgroup", "out").map(groupLink) },
    { heading: "Närliggande grupper", items: related(model, group.id, "related", "both").map(groupLink) },
    { heading: "Ersätter", items: (data?.replaces ?? []).map(groupLink) },
    { heading: "Ersätts av", items: data?.repealed?.replacedBy ? [groupLink(data.repealed.replacedBy)] : [] },
  ].filter((set) => set.items.length > 0);
  const referencedBy = (model.referencedBy.get(group.id) ?? []).map((ref) => ({
    name: ref.doc.meta.title,
    href: href(sitePaths.page(ref.doc.input.slug)),
    note: ref.as,
    group: ref.doc.type.entry(ref.doc.input).group,
  }));
  const referencedByGroups = [...new Set(referencedBy.map((r) => r.group))].map(groupLink);

  const neighbourhood = await neighbourhoodDiagram(model, group, href, layouts);
  const notes = group.notes.map((doc) => noteLink(doc, href));
  const upcoming = plannedMeetings(group);
  const revisions = [...group.mandates, ...group.notes].flatMap((doc) => (history.get(doc.input.path) ?? []).map((r) => ({ ...revisionView(r, registry), document: doc.meta.title })));
  revisions.sort((a, b) => b.date.localeCompare(a.date));

  return {
    path,
    template: "site-group",
    search: true,
    context: {
      title: group.name,
      name: group.name,
      inRegistry: group.inRegistry,
      facts,
      participants,
      hasMandate: Boolean(mandate),
      mandate: mandate ? { view: mandate.letter.view, pageHref: href(sitePaths.page(mandate.input.slug)), pdfHref: href(sitePaths.pdf(mandate.input.slug)), title: mandate.meta.title } : null,
      otherMandates: group.mandates.filter((d) => d !== mandate).map((d) => ({ name: d.meta.title, href: href(sitePaths.page(d.input.slug)), note: mandateStatus(d.input.data as Mandate) })),
      relationSets,
      referencedBy,
      referencedByGroups,
      diagram: neighbourhood,
      notes,
      notesCount: group.notes.every(isNotes) ? count(notes.length, "mötesanteckning", "mötesanteckningar") : count(notes.length, "dokument", "dokument"),
      calendarHref: upcoming.length > 0 ? href(sitePaths.calendar(group.id)) : null,
      upcoming: upcoming.map((m) => `${m.date}${m.start ? ` kl. ${m.start}${m.end ? `–${m.end}` : ""}` : ""}${m.note ? ` (${m.note})` : ""}`),
      revisions,
    },
  };
}

function partyName(party: { person?: string; role?: string; group?: string; organisation?: string; text?: string }, registry: Registry): string {
  const names = [party.person && registry.nameOf("person", party.person), party.role && registry.nameOf("role", party.role)].filter(Boolean);
  if (names.length > 0) return names.join(", ");
  if (party.group) return registry.nameOf("group", party.group);
  if (party.organisation) return registry.nameOf("organisation", party.organisation);
  return party.text ?? "";
}

function revisionView(r: Revision, registry: Registry) {
  return {
    date: r.date,
    author: r.author,
    message: r.message,
    commit: r.commit.slice(0, 10),
    adopted: r.status === "fastställd" ? `Fastställd${r.decided ? ` ${r.decided}` : ""}${r.decidedBy ? ` av ${registry.nameOf("person", r.decidedBy) === r.decidedBy ? registry.nameOf("role", r.decidedBy) : registry.nameOf("person", r.decidedBy)}` : ""}${r.diarienummer ? `, ${r.diarienummer}` : ""}` : r.status ?? "",
  };
}

function noteLink(doc: SiteDocument, href: (to: string) => string) {
  const { date, title } = doc.type.entry(doc.input);
  return { date, title, href: href(sitePaths.page(doc.input.slug)), pdfHref: href(sitePaths.pdf(doc.input.slug)), status: isNotes(doc) ? statusOfNotes(doc.input.data as MeetingNotes) : doc.type.name.sv };
}

function statusOfNotes(data: MeetingNotes): string {
  return data.status ?? (data.approvedBy && data.approvedOn ? "justerad" : "preliminär");
}

interface Planned {
  date: string;
  start?: string;
  end?: string;
  note?: string;
  place?: string;
  /** Date of the notes that announced it. */
  stamp: string;
}

/** Meetings the newest notes of the group announce, after that meeting's date (no clock involved). */
function plannedMeetings(group: GroupInfo): Planned[] {
  const latest = group.notes.find(isNotes);
  if (!latest) return [];
  const data = latest.input.data as MeetingNotes & { nextMeetings?: { date: string; start?: string; end?: string; note?: string; place?: string }[] };
  return (data.nextMeetings ?? []).filter((m) => m.date > data.date).map((m) => ({ ...m, stamp: data.date }));
}

function calendars(model: SiteModel): OutputFile[] {
  return model.groupList.flatMap((group) => {
    const planned = plannedMeetings(group);
    if (planned.length === 0) return [];
    const events: CalendarEvent[] = planned.map((m) => ({
      uid: `${group.id}-${m.date}${m.start ? `-${m.start.replace(":", "")}` : ""}@mandat`,
      date: m.date,
      start: m.start,
      end: m.end,
      summary: `Möte: ${group.name}`,
      description: m.note,
      location: m.place,
      stamp: m.stamp,
    }));
    return [{ path: sitePaths.calendar(group.id), content: calendar(group.name, events) }];
  });
}

async function neighbourhoodDiagram(model: SiteModel, group: GroupInfo, href: (to: string) => string, layouts: Layouts): Promise<{ svg: string; sentences: string[] } | null> {
  const edges: DiagramEdge[] = model.relations.filter((r) => r.from === group.id || r.to === group.id);
  const outside = externalReportsTo(model, group);
  if (edges.length === 0 && outside.length === 0) return null;
  const ids = [...new Set([group.id, ...edges.flatMap((e) => [e.from, e.to])])];
  const nodes: DiagramNode[] = [
    ...ids.map((id) => ({ id, label: model.registry.nameOf("group", id), focus: id === group.id, ...(id !== group.id && { href: href(sitePaths.group(id)) }) })),
    ...outside.map((o) => ({ id: o.id, label: o.label, external: true })),
  ];
  const all = [...edges, ...outside.map((o): DiagramEdge => ({ kind: "reportsTo", from: group.id, to: o.id }))];
  const svg = await renderDiagram(nodes, all, { idPrefix: "grannskap", title: `Diagram: ${group.name} och dess närmaste grupper`, layouts });
  const sentences = [...edges.map((e) => relationSentence(model, e)), ...outside.map((o) => `${group.name} rapporterar till ${lowerFirst(o.label)} (ingen grupp i registret).`)];
  return { svg, sentences };
}

/** Whom a group's mandate in force says it reports to, other than groups: roles, people, free text. */
interface OutsideTarget {
  /** Diagram node id, shared by every group that names the same party. */
  id: string;
  label: string;
}

function externalReportsTo(model: SiteModel, group: GroupInfo): OutsideTarget[] {
  const data = group.mandate?.input.data as Mandate | undefined;
  const { registry } = model;
  return (data?.reportsTo ?? []).flatMap((party): OutsideTarget[] => {
    if (party.group) return [];
    // Named as the mandate writes it ("respektive förvaltningschef"), one box per registry entry.
    const named = (id: string, name: string): OutsideTarget[] => [{ id, label: party.text ?? name }];
    if (party.person) return named(`utanfor-person-${party.person}`, registry.nameOf("person", party.person));
    if (party.role) return named(`utanfor-roll-${party.role}`, registry.nameOf("role", party.role));
    if (party.organisation) return named(`utanfor-organisation-${party.organisation}`, registry.nameOf("organisation", party.organisation));
    if (party.text) return named(`utanfor-${slugify(party.text)}`, party.text);
    return [];
  });
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function relationSentence(model: SiteModel, e: DiagramEdge): string {
  const from = model.registry.nameOf("group", e.from);
  const to = model.registry.nameOf("group", e.to);
  if (e.kind === "reportsTo") return `${from} rapporterar till ${to}.`;
  if (e.kind === "subgroup") return `${to} är undergrupp till ${from}.`;
  return `${from} och ${to} är närliggande grupper.`;
}

// ---------------------------------------------------------------- documents

function documentPage(model: SiteModel, doc: SiteDocument): Page {
  const path = sitePaths.page(doc.input.slug);
  const href = hrefFrom(path);
  const group = doc.type.entry(doc.input).group;
  const people = new Map<string, string[]>();
  for (const ref of doc.refs) if (ref.kind === "person" && model.registry.person(ref.id)) push(people, ref.id, "");
  const notes = isNotes(doc);
  const data = doc.input.data as MeetingNotes;
  const attendance = notes
    ? {
        present: data.attendees.filter((a) => a.present !== false).map((a) => personLink(model, a.person, href)),
        absent: data.attendees.filter((a) => a.present === false).map((a) => ({ ...personLink(model, a.person, href), note: a.note ?? "" })),
        guests: (data.guests ?? []).map((g) => personLink(model, g.person, href)),
      }
    : null;
  const groupInfo = model.groups.get(group)!;
  const upcoming = notes && groupInfo.notes.find(isNotes) === doc && plannedMeetings(groupInfo).length > 0;
  return {
    path,
    template: "site-document",
    search: true,
    context: {
      ...doc.letter,
      title: doc.meta.title,
      pdfHref: href(sitePaths.pdf(doc.input.slug)),
      groupHref: href(sitePaths.group(group)),
      groupName: doc.letter.groupName,
      status: notes ? statusOfNotes(data) : isMandate(doc) ? mandateStatus(doc.input.data as Mandate) : "",
      attendance,
      calendarHref: upcoming ? href(sitePaths.calendar(group)) : null,
      people: [...people.keys()].map((id) => personLink(model, id, href)).sort((a, b) => collator.compare(a.name, b.name)),
      groups: refsOf(doc, "group").filter((id) => id !== group).map((id) => ({ name: model.registry.nameOf("group", id), href: href(sitePaths.group(id)) })),
      organisations: refsOf(doc, "organisation").filter((id) => model.registry.organisation(id)).map((id) => ({ name: model.registry.nameOf("organisation", id), href: href(sitePaths.organisation(id)) })),
    },
  };
}

/** The distinct ids of one kind a document refers to (group links in its text included), by name. */
function refsOf(doc: SiteDocument, kind: "group" | "organisation"): string[] {
  const ids = doc.refs.filter((r) => r.kind === kind).map((r) => r.id);
  if (kind === "group") ids.push(...doc.proseGroups);
  return [...new Set(ids)].sort();
}

function personLink(model: SiteModel, id: string, href: (to: string) => string): LinkView {
  return model.registry.person(id) ? { name: model.registry.nameOf("person", id), href: href(sitePaths.person(id)) } : { name: id };
}

// ---------------------------------------------------------------- people and organisations

function peoplePages(model: SiteModel): Page[] {
  const { registry } = model;
  const ids = [...registry.people.keys()].sort((a, b) => collator.compare(registry.nameOf("person", a), registry.nameOf("person", b)));
  const pages: Page[] = ids.map((id) => {
    const path = sitePaths.person(id);
    const href = hrefFrom(path);
    const person = registry.person(id)!;
    const assignments = model.personAssignments.get(id) ?? [];
    const meetings = assignments.filter((a) => isNotes(a.doc) && /mötet|gäst|punkt/.test(a.as));
    const other = assignments.filter((a) => !meetings.includes(a));
    return {
      path,
      template: "site-person",
      search: false,
      context: {
        title: person.name,
        name: person.name,
        role: person.role ? registry.nameOf("role", person.role) : null,
        organisation: person.organisation ? { name: registry.nameOf("organisation", person.organisation), href: href(sitePaths.organisation(person.organisation)) } : null,
        email: person.email ?? null,
        phone: person.phone ?? null,
        groups: groupsOf(model, assignments, href),
        assignments: other.map((a) => assignmentView(model, a, href)),
        meetings: meetings.map((a) => assignmentView(model, a, href)),
        backHref: href(sitePaths.people),
      },
    };
  });
  const path = sitePaths.people;
  const href = hrefFrom(path);
  pages.push({
    path,
    template: "site-list",
    context: {
      title: "Personer",
      lead: `${count(ids.length, "person", "personer")} i registret.`,
      items: ids.map((id) => {
        const p = registry.person(id)!;
        return { name: p.name, href: href(sitePaths.person(id)), note: [p.role && registry.nameOf("role", p.role), p.organisation && registry.nameOf("organisation", p.organisation)].filter(Boolean).join(", ") };
      }),
    },
  });
  return pages;
}

function organisationPages(model: SiteModel): Page[] {
  const { registry } = model;
  const ids = [...registry.organisations.keys()].sort((a, b) => collator.compare(registry.nameOf("organisation", a), registry.nameOf("organisation", b)));
  const pages: Page[] = ids.map((id) => {
    const path = sitePaths.organisation(id);
    const href = hrefFrom(path);
    const org = registry.organisation(id)!;
    const assignments = model.organisationAssignments.get(id) ?? [];
    const people = [...registry.people].filter(([, e]) => e.value.organisation === id).map(([pid]) => personLink(model, pid, href)).sort((a, b) => collator.compare(a.name, b.name));
    const parts = [...registry.organisations].filter(([, e]) => e.value.partOf === id).map(([oid, e]) => ({ name: e.value.name, href: href(sitePaths.organisation(oid)) }));
    return {
      path,
      template: "site-organisation",
      search: false,
      context: {
        title: org.name,
        name: org.name,
        kind: org.kind ?? null,
        partOf: org.partOf ? { name: registry.nameOf("organisation", org.partOf), href: href(sitePaths.organisation(org.partOf)) } : null,
        parts,
        groups: groupsOf(model, assignments.filter((a) => a.as.startsWith("deltagare")), href),
        assignments: assignments.map((a) => assignmentView(model, a, href)),
        people,
        backHref: href(sitePaths.organisations),
      },
    };
  });
  const path = sitePaths.organisations;
  const href = hrefFrom(path);
  pages.push({
    path,
    template: "site-list",
    context: {
      title: "Organisationer",
      lead: `${count(ids.length, "organisation", "organisationer")} i registret.`,
      items: ids.map((id) => {
        const o = registry.organisation(id)!;
        const groups = new Set((model.organisationAssignments.get(id) ?? []).filter((a) => a.as.startsWith("deltagare")).map((a) => a.group));
        return { name: o.name, href: href(sitePaths.organisation(id)), note: [o.kind, groups.size > 0 ? `deltar i ${count(groups.size, "grupp", "grupper")}` : ""].filter(Boolean).join(", ") };
      }),
    },
  });
  return pages;
}

/** The groups of a list of assignments, each with what the person or organisation is there. */
function groupsOf(model: SiteModel, assignments: readonly Assignment[], href: (to: string) => string) {
  const byGroup = new Map<string, Set<string>>();
  for (const a of assignments) {
    const set = byGroup.get(a.group) ?? new Set();
    set.add(a.as);
    byGroup.set(a.group, set);
  }
  return [...byGroup]
    .map(([id, as]) => ({ name: model.registry.nameOf("group", id), href: href(sitePaths.group(id)), note: listText([...as]) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

function assignmentView(model: SiteModel, a: Assignment, href: (to: string) => string) {
  return {
    as: a.viaRole ? `${a.as} (som ${a.viaRole.toLowerCase()})` : a.as,
    document: a.doc.meta.title,
    documentHref: href(sitePaths.page(a.doc.input.slug)),
    group: model.registry.nameOf("group", a.group),
    groupHref: href(sitePaths.group(a.group)),
    date: a.doc.type.entry(a.doc.input).date,
  };
}

// ---------------------------------------------------------------- structure and search

async function structurePage(model: SiteModel, layouts: Layouts): Promise<Page> {
  const path = sitePaths.structure;
  const href = hrefFrom(path);
  const groupEdges: DiagramEdge[] = model.relations.filter((r) => r.kind !== "related");
  // Whom groups report to outside the register (a role, "deltagarnas ordinarie linjestruktur"):
  // a dashed box each, shared by the groups that name the same party, so no group floats unconnected.
  const outside = new Map<string, { label: string; from: string[] }>();
  for (const group of model.groupList) {
    for (const target of externalReportsTo(model, group)) {
      const entry = outside.get(target.id) ?? { label: target.label, from: [] };
      entry.from.push(group.id);
      outside.set(target.id, entry);
    }
  }
  const outsideEdges: DiagramEdge[] = [...outside].flatMap(([id, o]) => o.from.map((from): DiagramEdge => ({ kind: "reportsTo", from, to: id })));
  const ids = [...new Set([...groupEdges, ...outsideEdges].flatMap((e) => [e.from, e.to]).filter((id) => !outside.has(id)))];
  const nodes: DiagramNode[] = [
    ...ids.map((id) => ({ id, label: model.registry.nameOf("group", id), href: href(sitePaths.group(id)) })),
    ...[...outside].map(([id, o]) => ({ id, label: o.label, external: true })),
  ];
  const svg = ids.length > 0 ? await renderDiagram(nodes, [...groupEdges, ...outsideEdges], { idPrefix: "struktur", title: "Diagram: vilka grupper som rapporterar till vilka, och undergrupper", layouts }) : null;
  const link = (id: string): LinkView => ({ name: model.registry.nameOf("group", id), href: href(sitePaths.group(id)) });
  // The text alternative: per group in the diagram, whom it reports to and its sub-groups.
  const outline = ids
    .map((id) => ({
      ...link(id),
      reportsTo: reportsToLinks(model, model.groups.get(id)!, href),
      reportedBy: related(model, id, "reportsTo", "in").map(link),
      parents: related(model, id, "subgroup", "in").map(link),
      subgroups: related(model, id, "subgroup", "out").map(link),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const outsideList = [...outside.values()]
    .map((o) => ({ name: o.label, reportedBy: o.from.map(link).sort((a, b) => collator.compare(a.name, b.name)) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const unrelated = model.groupList.filter((g) => !ids.includes(g.id)).map((g) => link(g.id));
  const relatedPairs = model.relations.filter((r) => r.kind === "related").map((r) => ({ a: link(r.from), b: link(r.to) }));
  return {
    path,
    template: "site-structure",
    context: { title: "Gruppernas struktur", svg, outline, outside: outsideList, unrelated, relatedPairs },
  };
}

function searchPage(): Page {
  return { path: sitePaths.search, template: "site-search", context: { title: "Sök i uppdragshandlingar och mötesanteckningar" } };
}

/** The documents of a check that can be rendered, keyed for the site (kept for callers of the old API). */
export type { RenderInput };

/**
 * The built site from the real documents, read as files: every group listed and given a page,
 * relative links that resolve, every relation a link both ways, valid HTML, Swedish plurals,
 * calendars by RFC 5545, history from git. The browser checks are in site-browser.test.ts.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, posix, resolve } from "node:path";
import { HtmlValidate } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/build.js";
import type { Mandate } from "../../src/doctypes/mandate/data.generated.js";
import type { Registry } from "../../src/link/registry.js";
import { escapeHtml, REPO_ROOT, removeDir, tempDir } from "../helpers/repo.js";
import { htmlFiles } from "../helpers/site.js";
import { check } from "../../src/check.js";

/** href and src values of a page (the site has no srcset or inline URLs). */
function links(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
}

describe("static site", () => {
  let dir: string;
  let out: string;
  let registry: Registry;
  let index: string;
  let pages: string[];
  let mandates: { slug: string; data: Mandate }[];
  const html = new Map<string, string>();
  const read = (page: string): string => {
    const text = html.get(page);
    if (text === undefined) throw new Error(`no page ${page}`);
    return text;
  };
  /** The site paths a page links to, resolved. */
  const targets = (page: string): Set<string> =>
    new Set(links(read(page)).filter((h) => !/^[a-z]+:/i.test(h)).map((h) => posix.normalize(posix.join(posix.dirname(page), h.split("#")[0]!))));

  beforeAll(async () => {
    dir = await tempDir("site");
    out = join(dir, "build");
    const result = await build({ root: REPO_ROOT, outDir: out });
    if (!result.ok) throw new Error("build failed");
    registry = result.check.registry;
    mandates = result.check.documents.filter((d) => d.type === "uppdragshandling").map((d) => ({ slug: posix.basename(d.path, ".md"), data: d.data as Mandate }));
    pages = await htmlFiles(out);
    for (const page of pages) html.set(page, await readFile(join(out, page), "utf8"));
    index = read("index.html");
  }, 300_000);

  afterAll(() => removeDir(dir));

  it("has a Swedish register page with the right title", () => {
    expect(index).toMatch(/<html lang="sv">/);
    expect(index).toContain("<title>Register över koncernövergripande grupper och samordningsråd</title>");
    expect(index).toContain('href="site.css"');
    expect(existsSync(join(out, "site.css"))).toBe(true);
  });

  it("lists every group of the registry in the register, and every group has a page at its id", () => {
    expect(registry.groups.size).toBe(16);
    for (const [id, { value }] of registry.groups) {
      expect(index, id).toContain(`<tr id="${id}" `);
      expect(index, id).toContain(`<a href="grupp/${id}.html">${escapeHtml(value.name)}</a>`);
      expect(read(`grupp/${id}.html`)).toContain(`<h1>${escapeHtml(value.name)}</h1>`);
    }
    expect(index.match(/uppdragshandling saknas<\/span>/g)).toHaveLength(12);
  });

  it("leads the register with the documented groups; a group without a mandate reads as one calm phrase", () => {
    const order = [...index.matchAll(/<tr id="([^"]+)"/g)].map((m) => m[1]);
    expect(order.slice(0, 4)).toEqual(["samordnande-grupp-utveckling-hos", "samordningsgrupp-medicinska-biblioteksfragor", "samordningsrad-infektion", "samordningsrad-onkologi"]);
    const heads = [...index.matchAll(/<th scope="rowgroup" colspan="8">([^<]+)<span class="row-count">\((\d+)\)<\/span>/g)].map((m) => `${m[1]!.trim()} ${m[2]}`);
    expect(heads).toEqual(["Grupper med uppdragshandling 4", "Kända grupper utan uppdragshandling i registret 12"]);
    const row = (id: string): string => index.slice(index.indexOf(`<tr id="${id}"`), index.indexOf("</tr>", index.indexOf(`<tr id="${id}"`)));
    const calm = row("klinisk-ledning");
    expect(calm).toContain('<td class="calm" colspan="6" data-label="Status"><span class="status status-uppdragshandling saknas">uppdragshandling saknas</span></td>');
    expect(calm).not.toContain("–");
    // Nothing is hidden: the group's kind is still there.
    expect(calm).toContain('<td data-label="Typ">grupp</td>');
    for (const text of ["RS 2023-01756", "2024-05-31", "koncernövergripande grupp", "samordningsråd", "Utveckling hälso- och sjukvård", "fastställd"]) expect(index).toContain(text);
  });

  it("shows each column with its label on a phone (data-label on every cell)", () => {
    const row = index.slice(index.indexOf('<tr id="samordningsrad-infektion" '), index.indexOf("</tr>", index.indexOf('<tr id="samordningsrad-infektion" ')));
    for (const label of ["Grupp", "Typ", "Ansvarsområde", "Ordförande", "Rapporterar till", "Status", "Senaste beslut", "PDF"]) expect(row).toContain(`data-label="${label}"`);
  });

  it("filters and sorts the register with plain links to pre-rendered views", () => {
    const councils = read("register/typ-samordningsrad.html");
    expect(councils).toContain("Visar 2 grupper: samordningsråd, sorterade efter namn.");
    expect(councils.match(/<tr id=/g)).toHaveLength(2);
    // The box of links is folded on the start page and open on a view the visitor chose; only the
    // start page (every row) carries the compact controls the register script puts in its place.
    expect(index).toContain('<details class="views-box" id="vyer">');
    expect(councils).toContain('<details class="views-box" id="vyer" open>');
    expect(index).toContain('<template id="registerfilter">');
    expect(councils).not.toContain("registerfilter");
    expect(existsSync(join(out, "register.js"))).toBe(true);
    expect(index).toContain('<th scope="col" data-sort="namn" aria-sort="ascending">Grupp</th>');
    expect(read("register/alla-beslut.html")).toContain('<th scope="col" data-sort="beslut" aria-sort="descending">Senaste beslut</th>');
    expect(targets("index.html")).toContain("register/typ-samordningsrad.html");
    const byDecision = read("register/alla-beslut.html");
    const order = [...byDecision.matchAll(/<tr id="([^"]+)"/g)].map((m) => m[1]);
    expect(order.slice(0, 2).sort()).toEqual(["samordningsrad-infektion", "samordningsrad-onkologi"]);
    const withoutMandate = read("register/status-uppdragshandling-saknas.html");
    expect(withoutMandate.match(/<tr id=/g)).toHaveLength(12);
    const folktandvarden = read("register/organisation-folktandvarden.html");
    expect([...folktandvarden.matchAll(/<tr id="([^"]+)"/g)].map((m) => m[1])).toEqual(["samordnande-grupp-utveckling-hos"]);
  });

  it("writes Swedish singular and plural correctly", () => {
    expect(index).toContain("16 grupper i registret, 4 uppdragshandlingar och 1 mötesanteckning.");
    expect(index).toContain("(1 mötesanteckning)");
    for (const [page, text] of html) expect(text, page).not.toMatch(/\b1 (mötesanteckningar|grupper|uppdragshandlingar|personer|organisationer|träffar)\b/);
  });

  it("uses only relative links, and every internal link resolves to a file", () => {
    for (const page of pages) {
      // Styles, scripts and images come from the build itself, never from elsewhere.
      for (const asset of read(page).matchAll(/<(?:link|script|img|iframe|source)\b[^>]*\s(?:href|src)="([^"]*)"/g)) expect(asset[1], page).not.toMatch(/^[a-z]+:|^\/\//i);
      for (const href of links(read(page))) {
        expect(href, `${page}: ${href}`).not.toMatch(/^\/|^\/\//);
        // Links the documents themselves write to other sites (checked by external-link-domain).
        if (/^(mailto|https?):/.test(href)) continue;
        const target = resolve(dirname(join(out, page)), href.split("#")[0]!.split("?")[0]!);
        expect(existsSync(target), `${page}: ${href}`).toBe(true);
      }
    }
    expect(pages.length).toBeGreaterThan(16 + 5 + 18 + 36);
  });

  it("makes every relation between groups a link both ways", () => {
    const both = (a: string, b: string): void => {
      expect(targets(`grupp/${a}.html`), `${a} → ${b}`).toContain(`grupp/${b}.html`);
      expect(targets(`grupp/${b}.html`), `${b} → ${a}`).toContain(`grupp/${a}.html`);
    };
    let relations = 0;
    for (const { data } of mandates) {
      for (const party of data.reportsTo) if (party.group) (both(data.group, party.group), relations++);
      for (const sub of data.subgroups?.groups ?? []) (both(data.group, sub), relations++);
      for (const other of data.related ?? []) (both(data.group, other), relations++);
    }
    for (const [id, { value }] of registry.groups) if (value.parent) (both(value.parent, id), relations++);
    expect(relations).toBeGreaterThan(8);
    const hos = read("grupp/samordnande-grupp-utveckling-hos.html");
    expect(hos).toContain("<h3>Rapporterar till</h3>");
    expect(hos).toContain("<h3>Närliggande grupper</h3>");
    const koncernledning = read("grupp/koncernledning-hos.html");
    expect(koncernledning).toContain("<h3>Rapporteras till av</h3>");
  });

  it("lists every document that refers to a group under Refereras av, and the document links back", async () => {
    const result = await check({ root: REPO_ROOT });
    let pairs = 0;
    for (const doc of result.documents) {
      const slug = posix.basename(doc.path, ".md");
      const own = (doc.data as { group: string }).group;
      for (const id of new Set(doc.refs.filter((r) => r.kind === "group" && r.id !== own).map((r) => r.id))) {
        const page = read(`grupp/${id}.html`);
        const referrers = page.slice(page.indexOf("<h3>Refereras av</h3>"));
        expect(referrers, `${id} ← ${slug}`).toContain(`href="../dokument/${slug}.html"`);
        expect(targets(`dokument/${slug}.html`), `${slug} → ${id}`).toContain(`grupp/${id}.html`);
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(10);
    // A group without a mandate still shows who refers to it.
    const ledning = read("grupp/ledningsgrupp-hos.html");
    expect(ledning).toContain("Det finns ingen uppdragshandling för gruppen i registret.");
    expect(ledning).toContain('href="../dokument/samordningsrad-infektion.html"');
  });

  it("gives a group with a mandate its facts, PDF, notes newest first, calendar and git history", () => {
    const page = read("grupp/samordnande-grupp-utveckling-hos.html");
    for (const text of ["<dt>Diarienummer</dt><dd>RS 2023-01756</dd>", "<dt>Beslutad</dt><dd>2024-05-31</dd>", "Håkan Sandahl", "<dt>Mötesfrekvens</dt><dd>Cirka 10 gånger per år</dd>", "Syfte med uppdraget"]) expect(page).toContain(text);
    expect(page).toContain('href="../pdf/samordnande-grupp-utveckling-hos.pdf"');
    expect(page).toContain('href="../dokument/2026-02-19-samordnande-grupp-utveckling-hos.html"');
    expect(page).toContain('href="../kalender/samordnande-grupp-utveckling-hos.ics"');
    expect(page).toContain("<h2 id=\"historik\">Ändringshistorik</h2>");
    expect(page).toMatch(/Fastställd 2024-05-31 av Håkan Sandahl, RS 2023-01756/);
    expect(page).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="diagram" role="group" aria-labelledby="grannskap-title"');
    // Neighbouring groups' boxes link to their pages (relative, from grupp/); the group's own box does not.
    expect(page).toContain('<a class="node-link" href="koncernledning-hos.html" aria-label="Koncernledning hälso- och sjukvård">');
    expect(page).not.toContain('<a class="node-link" href="samordnande-grupp-utveckling-hos.html"');
    expect(page).toContain("<li>Samordnande grupp för utveckling inom hälso- och sjukvård rapporterar till Koncernledning hälso- och sjukvård.</li>");
  });

  it("shows attendance, absence with reason, guests, agenda responsibles and next meetings on a notes page", () => {
    const page = read("dokument/2026-02-19-samordnande-grupp-utveckling-hos.html");
    const aside = page.slice(page.indexOf("<aside"));
    expect(aside).toContain('<a href="../person/karin-loostrom-muth.html">Karin Looström Muth</a> <span class="note">– anmält förhinder</span>');
    expect(aside.indexOf("<h3>Frånvarande</h3>")).toBeGreaterThan(aside.indexOf("<h3>Närvarande</h3>"));
    expect(aside).toContain('<h3>Gäster</h3>');
    expect(aside).toContain('href="../person/jan-strang.html"');
    expect(page).toContain('<span class="label">Ansvarig:</span> Jan Sträng');
    expect(page).toContain("Nästkommande möten");
  });

  it("gives people and organisations pages with their groups, assignments and meetings", () => {
    const karin = read("person/karin-loostrom-muth.html");
    expect(karin).toContain("Hälso- och sjukvårdsutvecklingsdirektör");
    expect(karin).toMatch(/ordförande \(som hälso- och sjukvårdsutvecklingsdirektör\)/);
    expect(karin).toContain("frånvarande vid mötet");
    const hakan = read("person/hakan-sandahl.html");
    expect(hakan).toContain("beslutsfattare");
    const patrik = read("person/patrik-johansson.html");
    expect(patrik).toContain("mottagare");
    const narhalsan = read("organisation/narhalsan.html");
    expect(narhalsan).toContain('href="../grupp/samordnande-grupp-utveckling-hos.html"');
    expect(narhalsan).toContain("deltagare (utvecklingschef)");
    expect(narhalsan).toContain('href="../person/christian-collden.html"');
    expect(read("personer.html").match(/<li><a href="person\//g)).toHaveLength(registry.people.size);
    expect(read("organisationer.html").match(/<li><a href="organisation\//g)).toHaveLength(registry.organisations.size);
  });

  it("draws the whole structure as SVG with a text alternative that names the same relations", () => {
    const page = read("struktur.html");
    expect(page).toContain('role="group" aria-labelledby="struktur-title"');
    const svg = page.slice(page.indexOf("<svg"), page.indexOf("</svg>"));
    const boxes = svg.match(/<rect /g) ?? [];
    const groupBoxes = [...svg.matchAll(/<a class="node-link" href="(grupp\/[^"]+)" aria-label="([^"]+)">/g)].map((m) => `${m[1]} ${m[2]}`);
    const outsideBoxes = svg.match(/<g class="node node-external">/g) ?? [];
    const outline = page.slice(page.indexOf("Samma struktur i text"), page.indexOf("<h2>", page.indexOf("Samma struktur i text")));
    const listed = [...outline.matchAll(/^\s*<li><a href="(grupp\/[^"]+)">([^<]+)<\/a>/gm)].map((m) => `${m[1]} ${m[2]}`);
    // Every group box is a link to the page of the group the text lists; the rest are the dashed boxes.
    expect(groupBoxes.sort()).toEqual(listed.sort());
    expect(boxes.length).toBe(groupBoxes.length + outsideBoxes.length);
    expect(outline).toContain('<a href="grupp/regionala-processteam.html">');
    expect(outline).toContain('<li>Rapporterar till <a href="grupp/koncernledning-hos.html">Koncernledning hälso- och sjukvård</a>, respektive förvaltningschef.</li>');
    // The councils report to something that is not a group: a dashed box, and the same in text.
    const outside = page.slice(page.indexOf("Rapporterar till något annat än en grupp"), page.indexOf("<h2>", page.indexOf("Rapporterar till något annat än en grupp")));
    const outsideListed = outside.match(/^\s*<li>[^<]+$/gm) ?? [];
    expect(outsideBoxes.length).toBe(outsideListed.length);
    expect(svg).toContain(">Deltagarnas ordinarie</text>");
    expect(outside).toMatch(/<li>Deltagarnas ordinarie linjestruktur\s*<ul><li>Rapporteras till av <a href="grupp\/samordningsrad-infektion.html">Samordningsråd infektion<\/a>, <a href="grupp\/samordningsrad-onkologi.html">Samordningsråd onkologi<\/a>.<\/li><\/ul>/);
    expect(read("grupp/samordningsrad-infektion.html")).toContain("<li>Samordningsråd infektion rapporterar till deltagarnas ordinarie linjestruktur (ingen grupp i registret).</li>");
    expect(outline).toContain('<li>Undergrupp till <a href="grupp/samordningsrad-infektion.html">Samordningsråd infektion</a>, <a href="grupp/samordningsrad-onkologi.html">Samordningsråd onkologi</a>.</li>');
  });

  it("writes valid HTML on every page", async () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: {
        // Handlebars leaves indentation at line ends; browsers do not care.
        "no-trailing-whitespace": "off",
        // Page titles are the documents' own titles, some long by nature.
        "long-title": "off",
      },
    });
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(read(page), page);
      for (const result of report.results) for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it("writes iCalendar files by RFC 5545: CRLF, folded lines, escaped text, stable UID and DTSTAMP", async () => {
    const files = await readdir(join(out, "kalender"));
    expect(files).toEqual(["samordnande-grupp-utveckling-hos.ics"]);
    const ics = await readFile(join(out, "kalender", files[0]!), "utf8");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
    const uids = [...ics.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]);
    expect(uids).toHaveLength(3);
    expect(new Set(uids).size).toBe(3);
    expect(ics).toContain("DTSTAMP:20260219T000000Z");
    expect(ics).toContain("DTSTART;TZID=Europe/Stockholm:20260528T090000");
    expect(ics).toContain("DESCRIPTION:tillsammans med FG.digitalisering 2h");
  });
});

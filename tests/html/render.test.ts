import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderPlan } from "../../src/build.js";
import { check, type CheckResult } from "../../src/check.js";
import { copyRepo, REPO_ROOT, removeDir } from "../helpers/repo.js";

const SLUG = "samordnande-grupp-utveckling-hos";
const TITLE = "Samordnande grupp för utveckling inom hälso- och sjukvård";

describe("renderDocumentHtml on hostile document text", () => {
  let root: string | undefined;
  let html: string;
  let sitePage: string;

  beforeAll(async () => {
    root = await copyRepo("html-escape");
    const file = join(root, "mandates", `${SLUG}.md`);
    const source = await readFile(file, "utf8");
    const hostile = source
      .replace(`title: ${TITLE}`, `title: '<script>alert(1)</script> {{x}} ${TITLE}'`)
      .replace(
        "## Kommunikation\n",
        [
          "## Kommunikation\n",
          '<img src=x onerror="alert(1)">',
          "",
          '<iframe src="http://127.0.0.1:9/evil"></iframe>',
          "",
          'Text med <script>alert("body")</script> inuti och {{y}} som mall.',
          "",
        ].join("\n"),
      );
    expect(hostile).not.toBe(source);
    await writeFile(file, hostile);

    const result = await check({ root, keepTrees: true });
    const plan = renderPlan(result);
    const doc = plan.docs.find((d) => d.input.slug === SLUG)!;
    expect((doc.input.data as { title: string }).title).toContain("<script>");
    html = plan.printHtml(doc);
    const page = (await plan.pages()).find((f) => f.path === `dokument/${SLUG}.html`);
    sitePage = String(page!.content);
  });

  afterAll(() => removeDir(root));

  it("escapes the title in <title> and <h1>", () => {
    for (const out of [html, sitePage]) {
      expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(out).toMatch(/<h1>&lt;script&gt;alert\(1\)&lt;\/script&gt; \{\{x\}\} Samordnande/);
      expect(out).toMatch(/<title>&lt;script&gt;/);
    }
  });

  it("keeps {{x}} as literal text instead of evaluating it", () => {
    expect(html).toContain("{{x}}");
    expect(html).toContain("{{y}}");
  });

  it("lets no script, event handler or iframe through", () => {
    // The site page loads the site's own script and nothing else.
    expect(sitePage.match(/<script[^>]*>/gi)).toEqual(['<script type="module" src="../site.js">']);
    for (const out of [html, sitePage]) {
      expect(out.replace('<script type="module" src="../site.js"></script>', "")).not.toMatch(/<script/i);
      expect(out).not.toMatch(/onerror/i);
      expect(out).not.toMatch(/<iframe/i);
      expect(out).not.toContain("127.0.0.1:9");
    }
  });
});

describe("renderDocumentHtml on the real documents", () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await check({ root: REPO_ROOT, keepTrees: true });
  });

  it("renders every document as a self-contained Swedish HTML page", () => {
    const plan = renderPlan(result);
    expect(plan.docs).toHaveLength(5);
    for (const doc of plan.docs) {
      const html = plan.printHtml(doc);
      expect(html).toMatch(/^<!DOCTYPE html>\s*<html lang="sv">/);
      expect(html).toContain(`<title>${doc.meta.title.replace(/&/g, "&amp;")}</title>`);
      expect(html).toContain("<style>");
      expect(html).toContain('"Arimo", "Liberation Sans"');
      expect(html).toContain("Västra Götalandsregionen");
      // Nothing the renderer would have to fetch: the only url() are the inlined fonts.
      expect(html).not.toMatch(/<link\b|<script|@import|\ssrc=|url\((?!data:font\/woff2;base64,)/i);
      expect(html.match(/url\(data:font\/woff2;base64,/g)).toHaveLength(4);
    }
  });

  it("prints the letter fields, the generated Arbetsorganisation and the decision block", () => {
    const plan = renderPlan(result);
    const html = plan.printHtml(plan.docs.find((d) => d.input.slug === SLUG)!);
    for (const text of [
      "Uppdragshandling för koncernövergripande grupp",
      "RS 2023-01756",
      "Ansvarsområde:",
      "Uppdragsgivare:",
      "Uppdragstagare:",
      "<h2>Arbetsorganisation</h2>",
      "Datum för beslut:",
      "Håkan Sandahl",
      "Uppdraget skickas till",
      "jens.patrik.johansson@vgregion.se",
    ]) {
      expect(html).toContain(text);
    }
    const order = ["Syfte med uppdraget", "Uppdragsbeskrivning", "<h2>Arbetsorganisation</h2>", "Beslutsordning", "Datum för beslut"];
    const positions = order.map((text) => html.indexOf(text));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("prints meeting notes with absentees in words under their own heading, agenda and next meetings", () => {
    const plan = renderPlan(result);
    const html = plan.printHtml(plan.docs.find((d) => d.input.type === "motesanteckning")!);
    expect(html).toContain("Mötesanteckning");
    // Absence is said in words (a heading of its own), not only by strikethrough: screen readers and
    // the PDF's text convey it.
    const present = html.slice(html.indexOf("<h2>Närvarande</h2>"), html.indexOf("<h3>Frånvarande</h3>"));
    const absent = html.slice(html.indexOf("<h3>Frånvarande</h3>"), html.indexOf("Övriga deltagare"));
    expect(present).toContain("Anna Lindh – SU");
    expect(present).not.toContain("Karin Andersson");
    expect(absent).toContain("Karin Andersson – Koncernkontoret – anmält förhinder");
    expect(absent).toContain("Anna Ringheim – SU");
    expect(html).not.toContain("<s>");
    expect(html).toContain("Övriga deltagare");
    expect(html).toMatch(/<span class="agenda-number">1\.<\/span> Inledning/);
    expect(html).toContain("Ansvarig:");
    expect(html).toContain("Nästkommande möten");
    expect(html).toContain("2026-03-19");
  });
});

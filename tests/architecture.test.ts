/**
 * The shape of the code: data flows one way. No module imports itself back through others, and the
 * leaves (diagnostics, utilities) import no stage. Every import counts, `import type` included.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./helpers/repo.js";

const SRC = join(REPO_ROOT, "src");
const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts")).map((f) => f.split("\\").join("/"));

/** Relative imports of a module, as paths under src/ (`./x.js` → `dir/x.ts`). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), "utf8");
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^"';]*?from\s+["'](\.[^"']+)["']/g), ...text.matchAll(/import\(\s*["'](\.[^"']+)["']\s*\)/g)].map((m) => m[1]!);
  return specs.map((spec) => relative(SRC, resolve(SRC, dirname(file), spec)).split("\\").join("/").replace(/\.js$/, ".ts"));
}

const graph = new Map(files.map((f) => [f, importsOf(f).filter((d) => files.includes(d))]));

/** Strongly connected components with more than one module (or a self-import): the cycles. */
function cycles(): string[][] {
  let index = 0;
  const stack: string[] = [];
  const info = new Map<string, { index: number; low: number; onStack: boolean }>();
  const found: string[][] = [];
  const visit = (v: string) => {
    info.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!info.has(w)) {
        visit(w);
        info.get(v)!.low = Math.min(info.get(v)!.low, info.get(w)!.low);
      } else if (info.get(w)!.onStack) info.get(v)!.low = Math.min(info.get(v)!.low, info.get(w)!.index);
    }
    if (info.get(v)!.low === info.get(v)!.index) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        info.get(w)!.onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)!.includes(v)) found.push(component.sort());
    }
  };
  for (const f of files) if (!info.has(f)) visit(f);
  return found;
}

describe("architecture", () => {
  it("reads the imports of every module (the test sees the code)", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(graph.get("check.ts")).toContain("link/index.ts");
  });

  it("has no import cycle in src/", () => {
    expect(cycles()).toEqual([]);
  });

  it.each(["diagnostics", "util"])("%s/ imports no stage", (leaf) => {
    const outside = files
      .filter((f) => f.startsWith(`${leaf}/`))
      .flatMap((f) => graph.get(f)!.filter((d) => !d.startsWith("diagnostics/") && !d.startsWith("util/")).map((d) => `${f} → ${d}`));
    expect(outside).toEqual([]);
  });

  it("no stage imports a later stage (parse, validate and link know nothing of html, pdf or site)", () => {
    const early = ["load/", "parse/", "validate/", "link/"];
    const late = ["html/", "pdf/", "site/", "cli/", "build.ts"];
    const backwards = files
      .filter((f) => early.some((s) => f.startsWith(s)))
      .flatMap((f) => graph.get(f)!.filter((d) => late.some((s) => d.startsWith(s))).map((d) => `${f} → ${d}`));
    expect(backwards).toEqual([]);
  });

  it("the check path does not load the printing path (puppeteer-core, pdf-lib) before a build asks for it", () => {
    const reach = new Set<string>();
    const walk = (f: string) => {
      if (reach.has(f)) return;
      reach.add(f);
      const text = readFileSync(join(SRC, f), "utf8").replace(/import\(\s*["'][^"']+["']\s*\)/g, "");
      for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^"';]*?from\s+["'](\.[^"']+)["']/g)) {
        const d = relative(SRC, resolve(SRC, dirname(f), m[1]!)).split("\\").join("/").replace(/\.js$/, ".ts");
        if (files.includes(d)) walk(d);
      }
    };
    walk("cli/main.ts");
    expect([...reach].filter((f) => f.startsWith("pdf/") || f === "build.ts" || f === "cli/build.ts")).toEqual([]);
  });
});

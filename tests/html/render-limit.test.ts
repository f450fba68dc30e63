/**
 * The render thread of a build (html/limited.ts), from the compiled modules (a worker thread runs
 * JavaScript, not TypeScript; `npm test` compiles first): a render that would run for minutes is
 * stopped at the limit, one that runs out of the thread's memory is stopped too, and the next
 * document renders in a fresh thread.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Table, TableRow } from "mdast";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as BuildModule from "../../src/build.js";
import type * as CheckModule from "../../src/check.js";
import type * as DefineModule from "../../src/doctypes/define.js";
import type * as LimitedModule from "../../src/html/limited.js";
import type { RenderInput } from "../../src/html/types.js";
import type { Registry } from "../../src/link/registry.js";
import { REPO_ROOT } from "../helpers/repo.js";

const dist = <T>(path: string): Promise<T> => import(pathToFileURL(join(REPO_ROOT, "dist", path)).href) as Promise<T>;

/** A table of `columns` × `rows` cells once rendered (each row is filled up to the header's width). */
function wideTable(columns: number, rows: number): Table {
  const row = (n: number, text: string): TableRow => ({ type: "tableRow", children: Array.from({ length: n }, () => ({ type: "tableCell", children: [{ type: "text", value: text }] })) });
  return { type: "table", align: Array.from({ length: columns }, () => null), children: [row(columns, "k"), ...Array.from({ length: rows }, () => row(1, "x"))] };
}

describe("rendering with a time limit in a thread of its own", () => {
  let limited: typeof LimitedModule;
  let renderer: LimitedModule.LimitedRenderer;
  let inputs: RenderInput[];
  let registry: Registry;
  let types: ReadonlyMap<string, DefineModule.DocType>;

  beforeAll(async () => {
    const { check } = await dist<typeof CheckModule>("check.js");
    const { renderableInputs } = await dist<typeof BuildModule>("build.js");
    const { byType } = await dist<typeof DefineModule>("doctypes/define.js");
    limited = await dist<typeof LimitedModule>("html/limited.js");
    const result = await check({ root: REPO_ROOT, keepTrees: true, cache: false });
    inputs = renderableInputs(result);
    registry = result.registry;
    types = byType(result.docTypes);
    renderer = limited.limitedRenderer({ registry, types, ms: 1000, worker: true });
  });
  afterAll(() => renderer?.close());

  it("stops a render that would take minutes at the limit, then renders the next document in a new thread", async () => {
    expect(renderer.enforced).toBe(true);
    const input = inputs[0]!;
    // 20,000 × 20,000 cells: no machine renders that within the test's time.
    const endless: RenderInput = { ...input, tree: { ...input.tree, children: [...input.tree.children, wideTable(20_000, 20_000)] } };
    const started = Date.now();
    const late = await renderer.render(endless, {}).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(late).toBeInstanceOf(limited.RenderTimeError);
    expect((late as LimitedModule.RenderTimeError).path).toBe(input.path);
    // Stopped, not waited for (the test's own time limit would end it otherwise).
    expect(Date.now() - started).toBeLessThan(30_000);
    const letter = await renderer.render(inputs[1]!, {});
    expect(letter.view).toBeTruthy();
    expect(JSON.stringify(letter.view)).toContain("<p>");
  }, 60_000);

  it("stops a render that runs out of the thread's memory, said at the document, and goes on in a new thread", async () => {
    const small = limited.limitedRenderer({ registry, types, ms: 600_000, worker: true, memoryMb: 64 });
    try {
      const input = inputs[0]!;
      const huge: RenderInput = { ...input, tree: { ...input.tree, children: [...input.tree.children, wideTable(20_000, 20_000)] } };
      const failed = await small.render(huge, {}).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failed).toBeInstanceOf(limited.RenderMemoryError);
      expect((failed as LimitedModule.RenderMemoryError).path).toBe(input.path);
      expect((await small.render(inputs[1]!, {})).view).toBeTruthy();
    } finally {
      await small.close();
    }
  }, 120_000);
});

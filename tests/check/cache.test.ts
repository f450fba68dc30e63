/**
 * The per-document cache (.mandat-cache/check): a run reuses what nothing it depends on has changed,
 * and its diagnostics always equal a run without the cache.
 */
import { createHash } from "node:crypto";
import { appendFile, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { openStore } from "../../src/cache/store.js";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { check, type CheckOptions } from "../../src/check.js";
import { loadConfig } from "../../src/config/load.js";
import { docTypes } from "../../src/doctypes/index.js";
import { copyRepo, removeDir, tempDir } from "../helpers/repo.js";
import toy from "../fixtures/toy-type/doctype.js";

const TODAY = "2026-11-23";
let root: string;

const shown = (r: Awaited<ReturnType<typeof check>>) =>
  [...r.diagnostics, ...r.suppressed].map((d) => `${d.file}:${d.place?.start.line}:${d.place?.start.column} ${d.severity} ${d.ruleId} ${d.message}`).sort();

/** A cached run, and the same run without the cache: the cache must change nothing but the time. */
async function run(options: Partial<CheckOptions> = {}) {
  const config = (await loadConfig(root)).config;
  const cached = await check({ root, today: TODAY, config, ...options });
  const fresh = await check({ root, today: TODAY, config, ...options, cache: false });
  expect(shown(cached)).toEqual(shown(fresh));
  expect(fresh.cache).toEqual({ reused: 0, checked: 5 + (options.docTypes ? 1 : 0) });
  return cached;
}

async function edit(rel: string, from: string, to: string) {
  const path = join(root, rel);
  const text = await readFile(path, "utf8");
  if (!text.includes(from)) throw new Error(`${rel}: ${from} not found`);
  await writeFile(path, text.replace(from, to));
}

describe("the check cache", () => {
  beforeEach(async () => {
    root = await copyRepo("cache");
  });
  afterEach(() => removeDir(root));

  it("checks every document the first time and none the second", async () => {
    expect((await run()).cache).toEqual({ reused: 0, checked: 5 });
    expect((await run()).cache).toEqual({ reused: 5, checked: 0 });
    expect(await readdir(join(root, ".mandat-cache/check"))).not.toHaveLength(0);
  });

  it("reads back a document whose frontmatter has a __proto__ key as it was found (results share their strings)", async () => {
    await edit("mandates/samordningsrad-infektion.md", "group: samordningsrad-infektion", "group: samordningsrad-infektion\n__proto__:\n  polluted: ja");
    const first = await run();
    const second = await run();
    expect(second.cache).toEqual({ reused: 5, checked: 0 });
    expect(shown(second)).toEqual(shown(first));
    const proto = shown(second).filter((line) => line.includes("__proto__"));
    expect(proto).toHaveLength(1);
    expect(proto[0]).toMatch(/^mandates\/samordningsrad-infektion\.md:\d+:1 error schema /);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("checks again only the document that changed", async () => {
    await run();
    await edit("mandates/samordningsrad-infektion.md", "group: samordningsrad-infektion", "group: samordningsrad-infekton");
    const after = await run();
    expect(after.cache).toEqual({ reused: 4, checked: 1 });
    expect(after.diagnostics.map((d) => d.ruleId)).toContain("reference-exists");
  });

  it("checks again exactly the documents that include a shared text that changed", async () => {
    await run();
    await edit("mandates/standardtexter/samordningsrad.md", "## Kommunikation", "## Kommunikatoin");
    const after = await run();
    expect(after.cache).toEqual({ reused: 3, checked: 2 });
    expect(after.diagnostics.filter((d) => d.ruleId === "required-sections").map((d) => d.file)).toEqual(["mandates/standardtexter/samordningsrad.md"]);
  });

  it("checks every document again when a registry entry changed (every document rule reads the registry)", async () => {
    await run();
    await edit("mandates/registry/groups.yaml", "name: Samordningsråd onkologi", "name: Samordningsråd för onkologi");
    expect((await run()).cache).toEqual({ reused: 0, checked: 5 });
  });

  it("checks every document again when a rule's options changed, but not when only a severity did", async () => {
    await run();
    await writeFile(join(root, "mandat.config.json"), JSON.stringify({ options: { "external-link-domain": { allowedDomains: ["vgregion.se", "exempel.se"] } } }));
    expect((await run()).cache).toEqual({ reused: 0, checked: 5 });
    await writeFile(join(root, "mandat.config.json"), JSON.stringify({ rules: { "required-sections": "warning" }, options: { "external-link-domain": { allowedDomains: ["vgregion.se", "exempel.se"] } } }));
    await edit("mandates/samordningsgrupp-medicinska-biblioteksfragor.md", "## Kommunikation", "## Information");
    const after = await run();
    expect(after.cache).toEqual({ reused: 4, checked: 1 });
    expect(after.diagnostics.find((d) => d.ruleId === "required-sections")?.severity).toBe("warning");
    // The same cached findings, now as errors: severities are applied when a run reports, not cached.
    await writeFile(join(root, "mandat.config.json"), JSON.stringify({ options: { "external-link-domain": { allowedDomains: ["vgregion.se", "exempel.se"] } } }));
    const again = await run();
    expect(again.cache).toEqual({ reused: 5, checked: 0 });
    expect(again.diagnostics.find((d) => d.ruleId === "required-sections")?.severity).toBe("error");
  });

  it("checks the documents again when a document type's schema changed", async () => {
    const dir = await tempDir("schema");
    try {
      // The toy type's schema, copied where the test may change it.
      const schemaFile = join(dir, "beslut.schema.json");
      await writeFile(schemaFile, await readFile(new URL("../fixtures/toy-type/beslut.schema.json", import.meta.url), "utf8"));
      const type = { ...toy, schema: new URL(`file://${schemaFile}`) };
      const types = [...docTypes, type];
      await writeFile(join(root, "mandates/beslut.md"), await readFile(new URL("../fixtures/toy-type/2026-03-01-beslut-styrgrupp-alfa.md", import.meta.url), "utf8"));
      await run({ docTypes: types });
      expect((await run({ docTypes: types })).cache).toEqual({ reused: 6, checked: 0 });
      await writeFile(schemaFile, (await readFile(schemaFile, "utf8")).replace('"minLength": 1', '"minLength": 100'));
      const after = await run({ docTypes: types });
      expect(after.cache).toEqual({ reused: 0, checked: 6 });
      expect(after.diagnostics.map((d) => `${d.file} ${d.ruleId} ${d.message}`)).toContain("mandates/beslut.md schema Titel får inte vara tom.");
    } finally {
      await removeDir(dir);
    }
  });

  it("treats a damaged entry as missing, and survives the folder being deleted", async () => {
    await run();
    const dir = join(root, ".mandat-cache/check");
    for (const sub of await readdir(dir)) for (const f of await readdir(join(dir, sub))) await writeFile(join(dir, sub, f), "{ torn");
    expect((await run()).cache).toEqual({ reused: 0, checked: 5 });
    await rm(join(root, ".mandat-cache"), { recursive: true });
    expect((await run()).cache).toEqual({ reused: 0, checked: 5 });
  });

  it("keeps the other documents' results when only some paths are checked", async () => {
    await check({ root, today: TODAY });
    const one = "mandates/samordningsgrupp-medicinska-biblioteksfragor.md";
    await edit(one, "## Kommunikation", "## Information");
    // Only that file is checked again, and its diagnostics equal a run without the cache.
    const partial = await check({ root, today: TODAY, paths: [join(root, one)] });
    expect(partial.cache).toEqual({ reused: 0, checked: 1 });
    expect(shown(partial)).toEqual(shown(await check({ root, today: TODAY, paths: [join(root, one)], cache: false })));
    const all = await run();
    expect(all.cache).toEqual({ reused: 5, checked: 0 });
    expect(all.diagnostics.filter((d) => d.ruleId === "required-sections").map((d) => d.file)).toEqual([one]);
  }, 180_000);

  it("does not scan a known file's bytes again, but reports a control character on every run", async () => {
    await run();
    await edit("mandates/samordningsgrupp-medicinska-biblioteksfragor.md", "## Kommunikation", "## Kommunika\u0007tion");
    for (let i = 0; i < 2; i++) {
      const again = await run();
      expect(again.diagnostics.filter((d) => d.ruleId === "encoding").map((d) => `${d.file}:${d.place?.start.line}`)).toHaveLength(1);
    }
    // The files that passed are remembered by their bytes (one entry per program and limits), the one with the character is not.
    const [entry] = await readdir(join(root, ".mandat-cache/load"));
    const remembered = (await readFile(join(root, ".mandat-cache/load", entry!, (await readdir(join(root, ".mandat-cache/load", entry!)))[0]!), "latin1")).split("\n");
    const documents = (await readdir(join(root, "mandates"))).filter((f) => f.endsWith(".md"));
    const known = await Promise.all(documents.map(async (f) => [f, remembered.includes(`document:${createHash("sha256").update(await readFile(join(root, "mandates", f))).digest("hex")}`)]));
    expect(known.filter(([, k]) => !k).map(([f]) => f)).toEqual(["samordningsgrupp-medicinska-biblioteksfragor.md"]);
  });

  it("measures nesting again when the limit is lowered", async () => {
    await run();
    await writeFile(join(root, "mandat.config.json"), JSON.stringify({ limits: { maxDepth: 2 } }));
    const config = (await loadConfig(root)).config;
    const lowered = await check({ root, today: TODAY, config });
    expect(shown(lowered)).toEqual(shown(await check({ root, today: TODAY, config, cache: false })));
    expect(lowered.diagnostics.filter((d) => d.ruleId === "limits").length).toBeGreaterThan(0);
  });

  it("appends the line of a changed document instead of writing the pack again, and compacts it when most of it is old lines", async () => {
    const pack = join(root, ".mandat-cache/check/pack/results");
    await run();
    const whole = (await stat(pack)).size;
    const one = "mandates/samordningsgrupp-medicinska-biblioteksfragor.md";
    await edit(one, "## Kommunikation", "## Information");
    expect((await run()).cache).toEqual({ reused: 4, checked: 1 });
    const appended = (await stat(pack)).size - whole;
    expect(appended).toBeGreaterThan(0);
    expect(appended).toBeLessThan(whole / 2);
    // Edit after edit, the old lines are dropped once they are most of the file.
    let sizes: number[] = [];
    for (let i = 0; i < 16; i++) {
      await edit(one, i % 2 ? "## Kommunicering" : "## Information", i % 2 ? "## Information" : "## Kommunicering");
      expect((await check({ root, today: TODAY })).cache).toEqual({ reused: 4, checked: 1 });
      sizes = [...sizes, (await stat(pack)).size];
    }
    expect(Math.max(...sizes)).toBeLessThan(2 * whole + 64 * 1024 + appended * 2);
    expect(sizes.some((size, i) => i > 0 && size < sizes[i - 1]!)).toBe(true);
    expect((await run()).cache).toEqual({ reused: 5, checked: 0 });
  });

  it("writes the pack anew, not twice as long, when every line in it was made under another key", async () => {
    const pack = join(root, ".mandat-cache/check/pack/results");
    await run();
    const whole = (await stat(pack)).size;
    expect(whole).toBeGreaterThan(64 * 1024); // beyond the slack a pack may have before it is compacted
    // Every document reads the registry: all five lines are dead now (as after an update of mandat).
    await edit("mandates/registry/people.yaml", "name:", "name: X");
    expect((await run()).cache).toEqual({ reused: 0, checked: 5 });
    expect((await stat(pack)).size).toBeLessThan(whole * 1.2);
    expect((await run()).cache).toEqual({ reused: 5, checked: 0 });
  });

  it("treats a line a killed run cut short as a miss", async () => {
    const pack = join(root, ".mandat-cache/check/pack/results");
    await run();
    const one = "mandates/samordningsgrupp-medicinska-biblioteksfragor.md";
    const line = (await readFile(pack, "latin1")).split("\n").find((l) => l.startsWith(JSON.stringify(one)))!;
    // The run was killed halfway through appending the document's line (at the same key).
    await appendFile(pack, `\n${line.slice(0, Math.floor(line.length * 0.7))}`);
    expect((await run()).cache).toEqual({ reused: 4, checked: 1 });
    expect((await run()).cache).toEqual({ reused: 5, checked: 0 });
  });

  it("can be shared by two runs at the same time", async () => {
    const [a, b] = await Promise.all([check({ root, today: TODAY }), check({ root, today: TODAY })]);
    expect(shown(a)).toEqual(shown(b));
    expect((await check({ root, today: TODAY })).cache).toEqual({ reused: 5, checked: 0 });
  });
});

describe("the cache's temporary files", () => {
  it("a file a killed run was writing is removed by the next run that writes; a running writer's stays", async () => {
    const dir = await tempDir("store");
    try {
      await mkdir(join(dir, "tmp"), { recursive: true });
      // A process id above any the kernel hands out: that run was killed while writing.
      const dead = "99999999-0a1b2c3d.tmp";
      const running = `${process.ppid}-0a1b2c3d.tmp`;
      for (const name of [dead, running]) await writeFile(join(dir, "tmp", name), "half");
      const store = openStore(dir);
      await store.put("check", "ab".repeat(32), "entry");
      expect((await readdir(join(dir, "tmp"))).sort()).toEqual([running]);
      expect((await store.get("check", "ab".repeat(32)))?.toString()).toBe("entry");
    } finally {
      await removeDir(dir);
    }
  });
});

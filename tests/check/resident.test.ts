/**
 * The resident checker (`mandat daemon`) keeps the results pack, the results it parsed and the input
 * files' texts between requests (check/resident.ts). Whatever changes between two requests, its
 * diagnostics equal a run without any cache, and it reads again only what changed.
 */
import { appendFile, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { check } from "../../src/check.js";
import { keepResident, keptBlobs, lastRequest } from "../../src/check/resident.js";
import { documentRules } from "../../src/rules/index.js";
import { loadConfig } from "../../src/config/load.js";
import { limitsOf } from "../../src/config/types.js";
import { stagedFiles } from "../../src/load/staged.js";
import { io } from "../../src/load/files.js";
import { git, initRepo } from "../helpers/git.js";
import { copyRepo, removeDir } from "../helpers/repo.js";

const TODAY = "2026-11-23";
/** Files a check of the copied fixture reads: 5 documents, the registry files and the included shared texts. */
let inputs = 0;
let root: string;

const shown = (r: Awaited<ReturnType<typeof check>>) =>
  [...r.diagnostics, ...r.suppressed].map((d) => `${d.file}:${d.place?.start.line}:${d.place?.start.column} ${d.severity} ${d.ruleId} ${d.message}`).sort();

/**
 * A request to the resident checker, and the same check without any cache: they must say the same.
 * `staged`: of the git index, as the pre-commit hook asks (`check --staged --daemon`).
 */
async function request(staged = false) {
  const config = (await loadConfig(root)).config;
  const index = () => stagedFiles(root, limitsOf(config), keptBlobs());
  const resident = await check({ root, today: TODAY, config, ...(staged && { files: index() }) });
  const seen = { ...lastRequest };
  // Without the cache, nothing kept is used either.
  const fresh = await check({ root, today: TODAY, config, cache: false, ...(staged && { files: stagedFiles(root, limitsOf(config)) }) });
  expect(shown(resident)).toEqual(shown(fresh));
  return { result: resident, ...seen };
}

async function edit(rel: string, from: string, to: string) {
  const path = join(root, rel);
  const text = await readFile(path, "utf8");
  if (!text.includes(from)) throw new Error(`${rel}: ${from} not found`);
  await writeFile(path, text.replace(from, to));
}

/** Files changed less than 2 s before they were read are read again next time (they could change unseen). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 2100));

describe("the resident checker", () => {
  beforeAll(async () => {
    root = await copyRepo("resident");
    keepResident();
    await request(); // fills the cache on disk
    await settle();
    const first = await request(); // this process reads the pack and keeps what it reads
    expect(first.packRead).toBe(true);
    inputs = (await request()).filesKept;
  });
  afterAll(async () => {
    keepResident(false);
    await removeDir(root);
  });

  it("reads neither the pack nor any file again when nothing changed", async () => {
    expect(inputs).toBeGreaterThan(5);
    const again = await request();
    expect(again).toMatchObject({ packRead: false, filesKept: inputs });
    expect(again.result.cache).toEqual({ reused: 5, checked: 0 });
  });

  it("opens no kept file: one look at its stamp tells it is unchanged", async () => {
    const opened: string[] = [];
    const openSync = io.openSync;
    const spy = vi.spyOn(io, "openSync").mockImplementation(((path: import("node:fs").PathLike, ...rest: unknown[]) => {
      opened.push(String(path));
      return (openSync as (...a: unknown[]) => number)(path, ...rest);
    }) as typeof io.openSync);
    let result;
    try {
      result = await check({ root, today: TODAY, config: (await loadConfig(root)).config });
    } finally {
      spy.mockRestore();
    }
    expect(result.documents.length).toBe(5);
    expect(opened.filter((path) => path.includes(`${join(root, "mandates")}`) || path.includes("/mandates/"))).toEqual([]);
  });

  it("renders a kept document's diagnostics once, and shares them frozen between requests", async () => {
    // What the document rules found (kept with the document's result); the corpus rules run on every request.
    const ofDocuments = (r: Awaited<ReturnType<typeof request>>) => r.result.suppressed.filter((d) => documentRules.some((rule) => rule.id === d.ruleId));
    const first = ofDocuments(await request());
    const again = ofDocuments(await request());
    expect(first.length).toBeGreaterThan(3);
    expect(again.length).toBe(first.length);
    expect(again.every((d) => first.includes(d) && Object.isFrozen(d))).toBe(true);
  });

  it("checks again exactly the documents that include a shared text that changed", async () => {
    await edit("mandates/standardtexter/samordningsrad.md", "Samordningsrådets uppdrag utgår", "Samordningsrådets uppdrag  utgår");
    const after = await request();
    expect(after.result.cache).toEqual({ reused: 3, checked: 2 });
    // And back (the pack keeps one line per document, so they are checked again, and say what a fresh run says).
    await edit("mandates/standardtexter/samordningsrad.md", "Samordningsrådets uppdrag  utgår", "Samordningsrådets uppdrag utgår");
    expect((await request()).result.cache).toEqual({ reused: 3, checked: 2 });
    expect((await request()).result.cache).toEqual({ reused: 5, checked: 0 });
    // The shared text was read just after it changed: once it has settled, it is kept again.
    await settle();
    await request();
  });

  it("reads only the document that changed, and finds what is new in it", async () => {
    await edit("mandates/samordningsrad-infektion.md", "group: samordningsrad-infektion", "group: samordningsrad-infekton");
    const after = await request();
    expect(after).toMatchObject({ packRead: false, filesKept: inputs - 1 });
    expect(after.result.cache).toEqual({ reused: 4, checked: 1 });
    expect(after.result.diagnostics.filter((d) => d.ruleId === "reference-exists").map((d) => d.file)).toContain("mandates/samordningsrad-infektion.md");
    // Read just after it changed, so read again the next time too (racily clean, as git says) …
    expect(await request()).toMatchObject({ packRead: false, filesKept: inputs - 1 });
    // … until it is read well after its change: then kept.
    await settle();
    expect(await request()).toMatchObject({ packRead: false, filesKept: inputs - 1 });
    expect(await request()).toMatchObject({ packRead: false, filesKept: inputs });
  });

  it("sees a changed registry entry, a new and a removed document", async () => {
    await edit("mandates/registry/people.yaml", "name:", "name: X");
    const copy = await readFile(join(root, "mandates/samordningsrad-onkologi.md"), "utf8");
    await writeFile(join(root, "mandates/kopia.md"), copy.replace("group: samordningsrad-onkologi", "group: samordningsrad-kopia"));
    await rm(join(root, "mandates/samordningsgrupp-medicinska-biblioteksfragor.md"));
    const after = await request();
    expect(after.result.documents.map((d) => d.path)).toContain("mandates/kopia.md");
    expect(after.result.documents.map((d) => d.path)).not.toContain("mandates/samordningsgrupp-medicinska-biblioteksfragor.md");
  });

  it("measures a kept file's nesting again when the limit is lowered", async () => {
    const config = join(root, "mandat.config.json");
    const before = await readFile(config, "utf8");
    await writeFile(config, JSON.stringify({ ...JSON.parse(before), limits: { maxDepth: 2 } }));
    const lowered = await request();
    expect(lowered.result.diagnostics.filter((d) => d.ruleId === "limits").length).toBeGreaterThan(0);
    await writeFile(config, before);
    expect((await request()).result.diagnostics.filter((d) => d.ruleId === "limits")).toEqual([]);
  });

  it("reads the pack again when another run changed it, and starts over when it is gone", async () => {
    await settle();
    await request();
    await appendFile(join(root, ".mandat-cache/check/pack/results"), "\n\"mandates/x.md\"\tkey\t{}\t[]\n");
    expect((await request()).packRead).toBe(true);
    expect((await request()).packRead).toBe(false);
    await rm(join(root, ".mandat-cache"), { recursive: true });
    const over = await request();
    expect(over.result.cache.reused).toBe(0);
  });

  it("reads from the git index only the files staged since its last request", async () => {
    initRepo(root);
    await request(true);
    const all = (await request(true)).filesKept;
    expect(all).toBeGreaterThan(5);
    await edit("mandates/samordningsrad-onkologi.md", "group: samordningsrad-onkologi", "group: samordningsrad-onkolgi");
    // Changed on disk but not staged: the index is what is checked, and nothing in it changed.
    expect((await request(true)).filesKept).toBe(all);
    git(root, "add", "mandates/samordningsrad-onkologi.md");
    const staged = await request(true);
    // The file just staged is read once …
    expect(staged.filesKept).toBe(all - 1);
    expect(staged.result.diagnostics.filter((d) => d.ruleId === "reference-exists").map((d) => d.file)).toContain("mandates/samordningsrad-onkologi.md");
    // … and kept from the next request on, without waiting: an object id names its bytes (nothing is racily clean).
    expect((await request(true)).filesKept).toBe(all);
  });
});

/**
 * The repository is the sandbox: every file a check reads is resolved to its real path and refused,
 * without showing what it holds, when that lies outside the repository root.
 */
import { execFileSync } from "node:child_process";
import { mkdir, readFile, rename, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { check } from "../../src/check.js";
import { loadConfig } from "../../src/config/load.js";
import { io } from "../../src/load/read.js";
import rule from "../../src/load/rules/file-access.js";
import { cli } from "../helpers/fixture.js";
import { project, type Project } from "../helpers/project.js";
import { removeDir, tempDir } from "../helpers/repo.js";
import { ruleTester } from "../helpers/rule-tester.js";

// Running as root, chmod 000 does not stop a read: a path in `denied` fails to open with EACCES, as an
// unreadable file would for an ordinary user.
const denied = new Set<string>();
beforeEach(() => {
  const openSync = io.openSync;
  vi.spyOn(io, "openSync").mockImplementation(((path: import("node:fs").PathLike, ...rest: unknown[]) => {
    if ([...denied].some((d) => String(path).endsWith(d))) throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: "EACCES" });
    return (openSync as (...a: unknown[]) => number)(path, ...rest);
  }) as typeof io.openSync);
});

const MANDATE = "mandates/styrgrupp-alfa.md";
const NOTES = "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md";
const SECRET = "root:x:0:0:HEMLIGT-INNEHALL";
const TODAY = "2026-11-23";

ruleTester(rule, {
  valid: [{ name: "the base repository" }],
  invalid: [],
});

let p: Project | undefined;
let outside: string | undefined;
afterEach(async () => {
  denied.clear();
  vi.restoreAllMocks();
  await p?.remove();
  await removeDir(outside);
  p = outside = undefined;
});

/** A folder outside the repository with a file that must never be shown. */
async function outsideFile(name: string, text = `${SECRET}\n`): Promise<string> {
  outside = await tempDir("outside");
  await writeFile(join(outside, name), text);
  return join(outside, name);
}

const brief = (r: Awaited<ReturnType<typeof check>>) => r.diagnostics.map((d) => `${d.file}:${d.place?.start.line ?? "-"} ${d.ruleId}/${d.messageId}`);

describe("file-access", () => {
  it("a registry file replaced by a symlink to a file outside is refused, and its contents are never shown", async () => {
    p = await project();
    const target = await outsideFile("passwd", `${SECRET}\nroles:\n  - id: x\n`);
    await rename(join(p.root, "mandates/registry/roles.yaml"), join(p.root, "roles.bak"));
    await symlink(target, join(p.root, "mandates/registry/roles.yaml"));
    const result = await check({ root: p.root, today: TODAY, cache: false });
    const access = result.diagnostics.filter((d) => d.ruleId === "file-access");
    expect(access.map((d) => [d.file, d.messageId, d.message])).toEqual([
      ["mandates/registry/roles.yaml", "outside", "mandates/registry/roles.yaml leder utanför repositoriet (en symbolisk länk eller en sökväg ut ur roten), så den läses inte."],
    ]);
    expect(result.registryFiles.map((f) => f.path)).not.toContain("mandates/registry/roles.yaml");
    for (const format of ["stylish", "json", "github"]) {
      const run = await cli(["check", "--format", format], p.root);
      expect(run.code).toBe(1);
      expect(run.stdout + run.stderr).not.toContain("HEMLIGT");
      expect(run.stdout).toContain("mandates/registry/roles.yaml");
    }
  });

  it("a registry file linked to /proc/self/environ is refused: no environment variable reaches any output format", async () => {
    p = await project();
    await rename(join(p.root, "mandates/registry/people.yaml"), join(p.root, "people.bak"));
    await symlink("/proc/self/environ", join(p.root, "mandates/registry/people.yaml"));
    // The values this process was started with: what /proc/self/environ would show.
    const values = (await readFile("/proc/self/environ", "latin1")).split("\0").map((e) => e.slice(e.indexOf("=") + 1)).filter((v) => v.length >= 12 && !v.includes("/"));
    expect(values.length).toBeGreaterThan(0);
    for (const format of ["stylish", "json", "github"]) {
      const run = await cli(["check", "--format", format], p.root);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("mandates/registry/people.yaml leder utanför repositoriet");
      for (const value of values) expect(run.stdout + run.stderr).not.toContain(value);
    }
  });

  it("a document symlink to outside met while walking mandates/ is reported at its path; the rest is checked", async () => {
    p = await project({ [NOTES]: (t) => t.replace("group: styrgrupp-alfa", "group: styrgrupp-alf") });
    await symlink(await outsideFile("x.md", `---\ntype: uppdragshandling\ntitle: ${SECRET}\n---\n`), join(p.root, "mandates/lankad.md"));
    const result = await check({ root: p.root, today: TODAY, cache: false });
    expect(brief(result)).toEqual(["mandates/lankad.md:- file-access/outside", `${NOTES}:4 reference-exists/unknownSuggest`]);
    expect(JSON.stringify(result.diagnostics)).not.toContain("HEMLIGT");
    expect(result.documents.map((d) => d.path)).toEqual([NOTES, MANDATE]);
  });

  it("a symlink inside the repository that stays inside is fine: a linked document and a linked folder are read", async () => {
    p = await project();
    await mkdir(join(p.root, "arkiv"));
    await writeFile(join(p.root, "arkiv/alfa.md"), await p.read(MANDATE));
    await rename(join(p.root, MANDATE), join(p.root, "arkiv/original.md"));
    await symlink(join(p.root, "arkiv/original.md"), join(p.root, MANDATE));
    await symlink(join(p.root, "mandates/motesanteckningar"), join(p.root, "mandates/lankade-anteckningar"));
    const result = await check({ root: p.root, today: TODAY, cache: false, paths: [join(p.root, MANDATE)] });
    expect(result.diagnostics.filter((d) => d.ruleId === "file-access")).toEqual([]);
    expect(result.documents.map((d) => [d.path, d.skipped])).toEqual([[MANDATE, []]]);
    const all = await check({ root: p.root, today: TODAY, cache: false, cwd: p.root });
    expect(all.diagnostics.filter((d) => d.ruleId === "file-access")).toEqual([]);
    expect(all.documents.map((d) => d.path)).toContain("mandates/lankade-anteckningar/2026-02-01-styrgrupp-alfa.md");
  });

  it("a symlink loop between folders inside the repository ends", async () => {
    p = await project();
    await symlink(join(p.root, "mandates"), join(p.root, "mandates/motesanteckningar/upp"));
    const result = await check({ root: p.root, today: TODAY, cache: false });
    expect(result.documents.map((d) => d.path)).toEqual([NOTES, MANDATE]);
  });

  it("mandates/ itself as a symlink to a folder outside is refused", async () => {
    p = await project();
    outside = await tempDir("outside");
    await rename(join(p.root, "mandates"), join(outside, "mandates"));
    await symlink(join(outside, "mandates"), join(p.root, "mandates"));
    const result = await check({ root: p.root, today: TODAY, cache: false });
    expect(brief(result)).toEqual(["mandates:- file-access/outside"]);
    expect(result.documents).toEqual([]);
    expect(result.registryFiles).toEqual([]);
  });

  it("a document named on the command line that is a symlink to outside is refused the same way", async () => {
    p = await project();
    await symlink(await outsideFile("x.md"), join(p.root, "mandates/namngiven.md"));
    const run = await cli(["check", "mandates/namngiven.md", MANDATE], p.root);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/mandates\/namngiven\.md:1:1 +fel +mandates\/namngiven\.md leder utanför repositoriet/);
    expect(run.stdout).not.toContain("HEMLIGT");
    const result = await check({ root: p.root, today: TODAY, cache: false, paths: [join(outside!, "x.md")] });
    expect(result.diagnostics.map((d) => [d.ruleId, d.messageId])).toEqual([["file-access", "outside"]]);
  });

  it("mandat.config.json as a symlink to outside is refused (exit 2) without showing its text", async () => {
    p = await project();
    await rename(join(p.root, "mandat.config.json"), join(p.root, "config.bak"));
    await symlink(await outsideFile("config.json", `{ "lang": "${SECRET}" }`), join(p.root, "mandat.config.json"));
    const loaded = await loadConfig(p.root);
    expect(loaded.diagnostics.map((d) => [d.ruleId, d.messageId])).toEqual([["file-access", "outside"]]);
    expect(loaded.source).toBeUndefined();
    const run = await cli(["check"], p.root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("mandat.config.json leder utanför repositoriet");
    expect(run.stderr + run.stdout).not.toContain("HEMLIGT");
  });

  it("an unreadable document is a diagnostic at that file, and the rest is checked", async () => {
    p = await project({ [NOTES]: (t) => t.replace("group: styrgrupp-alfa", "group: styrgrupp-alf") });
    denied.add(MANDATE);
    const result = await check({ root: p.root, today: TODAY, cache: false });
    expect(brief(result)).toEqual([`${NOTES}:4 reference-exists/unknownSuggest`, `${MANDATE}:- file-access/unreadable`]);
    expect(result.diagnostics.find((d) => d.ruleId === "file-access")!.message).toBe(`${MANDATE} går inte att läsa (åtkomst nekad).`);
    const run = await cli(["check", "--format", "json"], p.root);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as { file: string }[]).map((d) => d.file)).toEqual([NOTES, MANDATE]);
  });

  it("an unreadable registry file is reported, not treated as empty in silence", async () => {
    p = await project();
    denied.add("mandates/registry/people.yaml");
    const result = await check({ root: p.root, today: TODAY, cache: false });
    expect(result.diagnostics.filter((d) => d.ruleId === "file-access").map((d) => [d.file, d.messageId])).toEqual([["mandates/registry/people.yaml", "unreadable"]]);
    expect(result.registryFiles.map((f) => f.path)).not.toContain("mandates/registry/people.yaml");
  });

  it("a named pipe called .md is reported, never opened for a blocking read", async () => {
    p = await project();
    execFileSync("mkfifo", [join(p.root, "mandates/ror.md")]);
    const result = await check({ root: p.root, today: TODAY, cache: false });
    expect(brief(result)).toEqual(["mandates/ror.md:- file-access/notFile"]);
    const named = await check({ root: p.root, today: TODAY, cache: false, paths: [join(p.root, "mandates/ror.md")] });
    expect(brief(named)).toEqual(["mandates/ror.md:- file-access/notFile"]);
  });

  it("a broken symlink called .md is reported", async () => {
    p = await project();
    await symlink(join(p.root, "finns-inte.md"), join(p.root, "mandates/trasig.md"));
    const result = await check({ root: p.root, today: TODAY, cache: false });
    expect(result.diagnostics.map((d) => [d.file, d.ruleId, d.message])).toEqual([
      ["mandates/trasig.md", "file-access", "mandates/trasig.md går inte att läsa (en symbolisk länk till något som inte finns)."],
    ]);
  });

  it("code frames show only text that was read as a document inside the root", async () => {
    p = await project();
    await symlink(await outsideFile("x.md"), join(p.root, "mandates/lankad.md"));
    const run = await cli(["check"], p.root);
    expect(run.stdout).not.toMatch(/\|\s*root:x/);
    expect(await readFile(join(outside!, "x.md"), "utf8")).toContain("HEMLIGT");
  });
});

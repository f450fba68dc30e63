/**
 * The real CLI on a copy of mandat (bin/, dist/, schemas/, templates/) and its documents: with the
 * precompiled validators, without them (dist/schemas.precompiled.cjs removed), and with a schema changed
 * after they were made, where the check must follow the schema on disk, not the stale module.
 */
import { cp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exec } from "../helpers/process.js";
import { REPO_ROOT, removeDir, tempDir } from "../helpers/repo.js";

const INF = "mandates/samordningsrad-infektion.md";
let dir: string;

beforeAll(async () => {
  dir = await tempDir("precompiled");
  for (const part of ["bin", "dist", "schemas", "templates", "mandates", "package.json", "mandat.config.json"]) {
    await cp(join(REPO_ROOT, part), join(dir, part), { recursive: true });
  }
  await symlink(join(REPO_ROOT, "node_modules"), join(dir, "node_modules"));
});
afterAll(() => removeDir(dir));

const check = (...args: string[]) => exec(process.execPath, [join(dir, "bin", "mandat.js"), "check", "--no-cache", ...args], dir);

async function editJson(rel: string, edit: (schema: Record<string, any>) => void): Promise<() => Promise<void>> {
  const file = join(dir, rel);
  const text = await readFile(file, "utf8");
  const schema = JSON.parse(text);
  edit(schema);
  await writeFile(file, JSON.stringify(schema, null, 2) + "\n");
  return () => writeFile(file, text);
}

describe("mandat check with precompiled schemas", () => {
  it("checks the real documents clean, and a broken one with the same diagnostics as when ajv compiles at run time", async () => {
    const clean = await check();
    expect(clean.stdout).toContain("5 dokument kontrollerade: inga problem.");
    expect(clean.code).toBe(0);

    const original = await readFile(join(dir, INF), "utf8");
    await writeFile(join(dir, INF), original.replace("\ndiarienummer:", "\ndiarienumer:").replace("status: fastställd", "status: faststäld").replace("  min: 4", "  min: -1"));
    try {
      const withModule = await check("--format", "json");
      const module = join(dir, "dist", "schemas.precompiled.cjs");
      const saved = await readFile(module);
      await rm(module);
      try {
        const withoutModule = await check("--format", "json");
        expect(withModule.code).toBe(1);
        const diagnostics = JSON.parse(withModule.stdout) as { file: string; ruleId: string; message: string }[];
        const schema = diagnostics.filter((d) => d.ruleId === "schema").map((d) => d.message);
        expect(schema.some((m) => m.includes("diarienumer") && m.includes("diarienummer"))).toBe(true);
        expect(schema.some((m) => m.includes("faststäld"))).toBe(true);
        expect(withoutModule).toEqual(withModule);
      } finally {
        await writeFile(module, saved);
      }
    } finally {
      await writeFile(join(dir, INF), original);
    }
  });

  it("works without dist/schemas.precompiled.cjs", async () => {
    const module = join(dir, "dist", "schemas.precompiled.cjs");
    const saved = await readFile(module);
    await rm(module);
    try {
      const run = await check();
      expect(run.stderr).toBe("");
      expect(run.stdout).toContain("5 dokument kontrollerade: inga problem.");
      expect(run.code).toBe(0);
    } finally {
      await writeFile(module, saved);
    }
  });

  it("follows a document type's schema changed after precompiling, not the stale module", async () => {
    const restore = await editJson("schemas/mandate.schema.json", (s) => Object.assign(s.properties.area, { type: "string", maxLength: 20 }));
    try {
      const run = await check("--format", "json");
      expect(run.code).toBe(1);
      const diagnostics = JSON.parse(run.stdout) as { file: string; ruleId: string; message: string }[];
      const area = diagnostics.filter((d) => d.ruleId === "schema" && d.message.includes("Ansvarsområde"));
      expect(area.map((d) => d.file)).toContain(INF);
    } finally {
      await restore();
    }
  });

  it("follows a shared definition changed after precompiling (common.schema.json), not the stale module", async () => {
    // Diarienummer with six digits after the year: every real one is now wrong.
    const restore = await editJson("schemas/common.schema.json", (s) => (s.$defs.diarienummer.pattern = "^[A-ZÅÄÖ]{2,6} [0-9]{4}-[0-9]{6}$"));
    try {
      const run = await check("--format", "json");
      expect(run.code).toBe(1);
      const diagnostics = JSON.parse(run.stdout) as { file: string; ruleId: string; message: string }[];
      expect(diagnostics.filter((d) => d.ruleId === "schema" && d.message.includes("RS 2024-00784")).map((d) => d.file)).toContain(INF);
    } finally {
      await restore();
    }
    expect((await check()).code).toBe(0);
  });
});

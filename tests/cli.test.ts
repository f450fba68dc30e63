/** The real binary, as CI and editors run it: exit codes, streams, no stack traces. */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { cli, copyMandates, REPO, type Fixture } from "./helpers/fixture.js";

const run = promisify(execFile);
const BIN = join(REPO, "bin/mandat.js");

async function mandat(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

let fx: Fixture;
beforeAll(async () => {
  fx = await copyMandates();
});
afterAll(() => fx.remove());

describe("bin/mandat.js", () => {
  it("exits 0 on the bundled documents", async () => {
    const r = await mandat(["check"], REPO);
    expect(r).toMatchObject({
      code: 0,
      stdout: "5 dokument kontrollerade: inga problem.\n20 diagnoser dolda av mandat-disable-next-line.\n",
    });
  });

  it("finds the repository root from a subfolder", async () => {
    const r = await mandat(["check"], join(REPO, "mandates/motesanteckningar"));
    expect(r.code).toBe(0);
  });

  it("exits 1 with diagnostics on stdout when a document is broken", async () => {
    await fx.replace("mandates/samordningsrad-onkologi.md", "\nchair:", "\nchiar:");
    const r = await mandat(["check"], fx.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("mandates/samordningsrad-onkologi.md:");
    expect(r.stdout).toContain("Okänt fält chiar. Menade du chair?  schema");
    expect(r.stderr).toBe("");
  });

  it("exits 2 on bad usage, with a message and no stack trace", async () => {
    const missing = await mandat(["check", "finns-inte.md"], REPO);
    expect(missing).toMatchObject({ code: 2, stderr: "mandat: Sökvägen finns inte: finns-inte.md\n" });
    const option = await mandat(["check", "--format", "xml"], REPO);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("xml");
    expect(option.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("mandat.config.json", () => {
  it("turns a rule into a warning, so check passes", async () => {
    const local = await copyMandates();
    try {
      await local.replace("mandates/samordningsgrupp-medicinska-biblioteksfragor.md", "## Kommunikation", "## Information");
      expect((await cli(["check"], local.dir)).code).toBe(1);
      await local.write(
        "mandat.config.json",
        JSON.stringify({ options: { "external-link-domain": { allowedDomains: ["vgregion.se"] } }, rules: { "required-sections": "warning" } }),
      );
      const r = await cli(["check"], local.dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('varning  Rubriken "Kommunikation" saknas.  required-sections');
    } finally {
      await local.remove();
    }
  });

  it("rejects an unknown rule id with exit 2", async () => {
    const local = await copyMandates();
    try {
      await local.write("mandat.config.json", '{\n  "rules": {\n    "required-section": "off"\n  }\n}\n');
      const r = await cli(["check"], local.dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain("mandat.config.json:3:5  fel  Okänt fält required-section i rules. Menade du required-sections?  schema");
      expect(r.stderr).toContain('    > 3 |     "required-section": "off"');
      expect(r.stderr).toMatch(/mandat: mandat\.config\.json går inte att använda; rätta felen ovan\.\n$/);
    } finally {
      await local.remove();
    }
  });
});

describe("mandat build", () => {
  it("stops with exit 1, prints the diagnostics and leaves build/ alone when a document is broken", async () => {
    const local = await copyMandates();
    try {
      await local.replace("mandates/samordningsrad-infektion.md", "group: samordningsrad-infektion", "group: samordningsrad-infekton");
      const r = await cli(["build"], local.dir, { PATH: process.env.PATH });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain("Gruppen samordningsrad-infekton finns inte i registret. Menade du samordningsrad-infektion?  reference-exists");
      expect(r.stderr).toContain("Bygget avbröts på grund av fel; build är orörd.");
      expect(existsSync(join(local.dir, "build"))).toBe(false);
    } finally {
      await local.remove();
    }
  });

  it("exits 2 with a clear message when Chromium cannot be found", async () => {
    const r = await cli(["build", "--out", "should-not-exist"], fx.dir, { MANDAT_CHROMIUM: "/finns/inte/chromium" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mandat: .*\/finns\/inte\/chromium/);
    expect(r.stderr).toContain("MANDAT_CHROMIUM");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(fx.dir, "should-not-exist"))).toBe(false);
  });

  describe("refuses an output folder it may not replace, before any work (exit 2, a plain sentence)", () => {
    const cases: [string, string[], RegExp][] = [
      ["the working folder", ["--out", "."], /^mandat: Utmappen .* innehåller .*; bygget skulle ersätta den\. Välj en egen mapp, t\.ex\. build\/\.\n$/],
      ["a folder that holds the documents", ["--out", ".."], /^mandat: Utmappen .* innehåller /],
      ["a folder inside the documents", ["--out", "mandates/registry"], /^mandat: Utmappen .*mandates\/registry ligger i .*mandates; bygget skulle ersätta källfiler\./],
      ["a file", ["--out", "mandat.config.json"], /^mandat: Utmappen .*mandat\.config\.json finns redan och är ingen mapp; välj en annan med --out\.\n$/],
    ];
    it.each(cases)("%s", async (_name, args, message) => {
      const local = await copyMandates();
      try {
        // A Chromium that does not exist: a refusal must come first, before the browser is even looked for.
        const r = await cli(["build", ...args], local.dir, { MANDAT_CHROMIUM: "/finns/inte/chromium" });
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(message);
        expect(r.stderr).not.toContain("internt fel");
        expect(r.stdout).toBe("");
        expect(existsSync(join(local.dir, "mandates/registry/groups.yaml"))).toBe(true);
      } finally {
        await local.remove();
      }
    });
  });
});

describe("an unexpected exception", () => {
  it("is called a bug in mandat, with how to report it, and exits 2", async () => {
    // Output that cannot be written (a closed pipe) is nothing a check foresees.
    let stderr = "";
    const code = await main({
      argv: ["rules"],
      cwd: fx.dir,
      env: { NO_COLOR: "1" },
      stdout: { write: () => { throw new Error("write EPIPE"); } },
      stderr: { write: (s: string) => (stderr += s) },
    });
    const r = { code, stderr };
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("write EPIPE");
    expect(r.stderr).toMatch(/^mandat: internt fel \(en bugg i mandat, inte i dokumenten\): /);
    expect(r.stderr).toContain("Kör igen med MANDAT_DEBUG=1 och rapportera felet med kommandot och hela utskriften.");
  });
});

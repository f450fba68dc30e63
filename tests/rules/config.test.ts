/** mandat.config.json is read like a document: JSON syntax (rule `config`) and its schema, with exact places. */
import { existsSync } from "node:fs";
import { readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { cli } from "../helpers/fixture.js";
import { project } from "../helpers/project.js";

async function configDiagnostics(text: string, lang: "sv" | "en" = "sv") {
  const p = await project({ "mandat.config.json": text });
  try {
    const loaded = await loadConfig(p.root, lang);
    return loaded.diagnostics.map((d) => ({
      at: `${d.file}:${d.place?.start.line}:${d.place?.start.column}`,
      ruleId: d.ruleId,
      messageId: d.messageId,
      message: d.message,
      note: d.note,
    }));
  } finally {
    await p.remove();
  }
}

describe("config", () => {
  it("reads a valid config: severities, options and language", async () => {
    const p = await project({ "mandat.config.json": '{ "lang": "en", "rules": { "name-near-miss": "off" }, "options": { "external-link-domain": { "allowedDomains": ["exempel.se"] } } }\n' });
    try {
      const { config, diagnostics } = await loadConfig(p.root);
      expect(diagnostics).toEqual([]);
      expect(config).toEqual({ lang: "en", rules: { "name-near-miss": "off" }, ruleOptions: { "external-link-domain": { allowedDomains: ["exempel.se"] } } });
    } finally {
      await p.remove();
    }
  });

  it("without a file the config is empty", async () => {
    const p = await project({ "mandat.config.json": null });
    try {
      expect(await loadConfig(p.root)).toEqual({ config: { rules: {}, ruleOptions: {} }, diagnostics: [] });
    } finally {
      await p.remove();
    }
  });

  it("points at the character where the JSON breaks", async () => {
    expect(await configDiagnostics('{\n  "rules": {\n    "schema": "warning",\n  }\n}\n')).toEqual([
      {
        at: "mandat.config.json:4:3",
        ruleId: "config",
        messageId: "syntax",
        message: "mandat.config.json är inte giltig JSON.",
        note: "Kontrollera citattecken, kommatecken och klammerparenteser vid markeringen.",
      },
    ]);
  });

  it("reports an unknown rule at its key, with the closest rule id", async () => {
    const [d] = await configDiagnostics('{\n  "rules": {\n    "required-section": "off"\n  }\n}\n');
    expect(d).toMatchObject({ at: "mandat.config.json:3:5", ruleId: "schema", messageId: "additionalProperties", message: "Okänt fält required-section i rules. Menade du required-sections?" });
  });

  it("reports a severity that does not exist at its value, with the allowed ones", async () => {
    const [d] = await configDiagnostics('{ "rules": { "schema": "warn" } }');
    expect(d).toMatchObject({ at: "mandat.config.json:1:24", messageId: "enum", message: 'schema har värdet "warn", som inte är tillåtet. Menade du warning?', note: "Tillåtna värden: error, warning, off." });
  });

  it("does not let a rule that reads files be turned off", async () => {
    const [d] = await configDiagnostics('{ "rules": { "yaml-syntax": "off" } }');
    expect(d).toMatchObject({ at: "mandat.config.json:1:29", messageId: "enum", note: "Tillåtna värden: error." });
  });

  it("checks a rule's options against the rule's own schema", async () => {
    const [d] = await configDiagnostics('{ "options": { "external-link-domain": { "allowedDomains": ["https://exempel.se"] } } }');
    expect(d).toMatchObject({ at: "mandat.config.json:1:61", messageId: "pattern", message: 'Domännamn "https://exempel.se" har fel form.' });
  });

  it("reports the old top-level links setting as an unknown field and names the allowed ones", async () => {
    const [d] = await configDiagnostics('{ "links": { "allowedDomains": ["exempel.se"] } }');
    expect(d).toMatchObject({ at: "mandat.config.json:1:3", messageId: "additionalProperties", note: "Tillåtna fält här: lang, rules, limits, options." });
  });

  it("speaks English with --lang en", async () => {
    const [d] = await configDiagnostics("{ nope }", "en");
    expect(d).toMatchObject({ at: "mandat.config.json:1:3", message: "mandat.config.json is not valid JSON." });
  });

  it("stops the command with exit 2 and the places, before any document is read", async () => {
    const p = await project({ "mandat.config.json": '{ "rules": { "schema": "warn" } }', "mandates/styrgrupp-alfa.md": "inte ett dokument" });
    try {
      const r = await cli(["check"], p.root);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain("mandat.config.json:1:24  fel  schema har värdet");
      expect(r.stderr).not.toContain("styrgrupp-alfa");
      expect(r.stderr).not.toContain("internt fel");
    } finally {
      await p.remove();
    }
  });

  it("is found from the repository root when mandat runs in a subfolder, and named relative to it", async () => {
    const p = await project({ "mandat.config.json": "{ bad" });
    try {
      await writeFile(join(p.root, "mandates/x.txt"), "");
      const r = await cli(["check"], join(p.root, "mandates"));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("mandat.config.json:1:3  fel  mandat.config.json är inte giltig JSON.  config");
      expect(r.stderr).toContain("✖ 1 problem (1 fel, 0 varningar)");
    } finally {
      await p.remove();
    }
  });
});

describe("config and the cache", () => {
  it("remembers a config that passed its schema by its text, so a broken edit is still reported and a reverted one passes", async () => {
    const valid = '{ "rules": { "name-near-miss": "warning" } }\n';
    const p = await project({ "mandat.config.json": valid });
    try {
      expect((await loadConfig(p.root)).diagnostics).toEqual([]);
      expect(await readdir(join(p.root, ".mandat-cache/config"))).toHaveLength(1);
      await writeFile(join(p.root, "mandat.config.json"), '{ "rules": { "name-near-miss": "warn" } }\n');
      const broken = await loadConfig(p.root);
      expect(broken.diagnostics.map((d) => `${d.file}:${d.place?.start.line}:${d.place?.start.column} ${d.ruleId}`)).toEqual(["mandat.config.json:1:32 schema"]);
      await writeFile(join(p.root, "mandat.config.json"), valid);
      expect((await loadConfig(p.root)).config.rules).toEqual({ "name-near-miss": "warning" });
      await rm(join(p.root, ".mandat-cache"), { recursive: true });
      expect((await loadConfig(p.root, "sv", "mandat.config.json", { cache: false })).diagnostics).toEqual([]);
      expect(existsSync(join(p.root, ".mandat-cache"))).toBe(false);
    } finally {
      await p.remove();
    }
  });
});

/** `mandat import <fil.docx>`: a Word mandate or meeting notes as a draft document, and what the editor still has to place. */
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { Document } from "yaml";
import { check } from "../check.js";
import type { Config } from "../config/types.js";
import { importWord, readWord, type WordImport } from "../import/word.js";
import { EXIT, UsageError, type Io } from "./io.js";
import { schemaRef } from "./new.js";

export interface ImportOptions {
  root: string;
  cwd: string;
  io: Io;
  config: Config;
  file: string;
  out?: string;
  format: "text" | "json";
}

/** Frontmatter keys in the schema's order, so the draft reads like the others. */
function ordered(data: Record<string, unknown>, schemaName: string): Record<string, unknown> {
  const order = Object.keys((JSON.parse(readFileSync(new URL(`../../schemas/${schemaName}`, import.meta.url), "utf8")) as { properties: object }).properties);
  return Object.fromEntries(Object.entries(data).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}

export async function runImport(o: ImportOptions): Promise<number> {
  const source = resolve(o.cwd, o.file);
  if (!existsSync(source)) throw new UsageError(`Filen finns inte: ${o.file}`);
  if (!/\.docx$/i.test(source)) throw new UsageError(`${o.file} är ingen Word-fil (.docx). Spara dokumentet som .docx i Word först.`);
  let result: WordImport;
  const { registry } = await check({ root: o.root, cwd: o.root, config: o.config });
  try {
    result = importWord(await readWord(await readFile(source)), registry);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${o.file} gick inte att läsa som Word-fil: ${(error as Error).message}`);
  }
  const rel = o.out ?? result.path;
  const target = resolve(o.root, rel);
  if (existsSync(target)) throw new UsageError(`Filen ${rel} finns redan; ange en annan med --out.`);
  const schemaName = result.type === "uppdragshandling" ? "mandate.schema.json" : "meeting-notes.schema.json";
  const schema = schemaRef(o.root, target, schemaName);
  const data = ordered(result.data, schemaName);
  // One line per value: an editor can put a suppression comment above any line of it.
  const yaml = new Document(data, { aliasDuplicateObjects: false }).toString({ lineWidth: 0 });
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, `---\n# yaml-language-server: $schema=${schema}\n${yaml}---\n\n${result.body}`, { flag: "wx" });
  // What check finds beyond the missing fields: most often the original's own slips, which the editor
  // corrects or keeps with a suppression comment that says why.
  const checked = await check({ root: o.root, cwd: o.root, config: o.config, paths: [target], cache: false });
  const problems = checked.diagnostics
    .filter((d) => d.file === rel && d.severity === "error" && !(d.ruleId === "schema" && d.messageId === "required"))
    .map((d) => ({ line: d.place?.start.line ?? 1, column: d.place?.start.column ?? 1, ruleId: d.ruleId, message: d.message }));
  if (o.format === "json") {
    o.io.stdout.write(JSON.stringify({ file: rel, type: result.type, placed: result.placed, missing: result.missing, unplaced: result.unplaced, problems }, null, 2) + "\n");
    return EXIT.ok;
  }
  const out = [`Skrev ${rel} (${result.type === "uppdragshandling" ? "uppdragshandling, utkast" : "mötesanteckning, preliminär"}).`];
  out.push(`Placerade automatiskt ${result.placed.length} fakta: ${result.placed.map((p) => `${p.label} → ${p.field}`).join(", ")}.`);
  const titles = (JSON.parse(readFileSync(new URL(`../../schemas/${schemaName}`, import.meta.url), "utf8")) as { properties: Record<string, { title?: string }> }).properties;
  if (result.missing.length > 0) out.push("", "Saknas i Word-filen; fyll i för hand:", ...result.missing.map((m) => `  ${titles[m]?.title ? `${m} (${titles[m]!.title})` : m}`));
  if (result.unplaced.length > 0) {
    out.push("", "Text som inte fick någon plats; för in den där den hör hemma eller stryk den:");
    for (const u of result.unplaced) out.push(`  • ${u.length > 100 ? `${u.slice(0, 99)}…` : u}`);
  }
  if (problems.length > 0) {
    out.push("", "mandat check hittar också detta (ofta fel som står i originalet; rätta, eller behåll med en kommentar mandat-disable-next-line <regel> -- skäl):");
    for (const p of problems) out.push(`  ${rel}:${p.line}:${p.column}  ${p.message}  ${p.ruleId}`);
  }
  out.push("", `Kör sedan mandat check ${rel}.`);
  o.io.stdout.write(out.join("\n") + "\n");
  return EXIT.ok;
}

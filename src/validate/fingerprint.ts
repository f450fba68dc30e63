/**
 * What the precompiled validators (dist/schemas.precompiled.cjs) were made from: the versions of ajv
 * and ajv-formats (whose run-time helpers the generated code requires) and the exact text of every
 * schema. A validator made from other schema texts would validate against the old schema, so it is
 * used only while this fingerprint still matches (src/validate/schemas.ts).
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/** Every `*.schema.json` of `dir` with its text, by file name in a fixed order. */
export function readSchemaTexts(dir: string): [string, string][] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".schema.json"))
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), "utf8")]);
}

/** `ajv@8.20.0 ajv-formats@3.0.1`, read from the installed packages (without loading ajv). */
export function validatorVersions(): string {
  const require = createRequire(import.meta.url);
  return ["ajv", "ajv-formats"].map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`).join(" ");
}

export function fingerprint(versions: string, texts: readonly [string, string][]): string {
  const hash = createHash("sha256").update(versions).update("\0");
  for (const [name, text] of texts) hash.update(name).update("\0").update(text).update("\0");
  return hash.digest("hex");
}

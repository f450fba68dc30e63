/**
 * What a cached document result is keyed by: everything that can change it. The program (mandat's
 * code and schemas), the document types, the file's path and bytes, the shared texts it includes,
 * and what the document rules read: the registry files, the rules' options and today's date.
 * Severities and the message language are not in the key: reports are kept as found and rendered
 * afresh on every run.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { hashOf } from "../cache/store.js";
import type { Config } from "../config/types.js";
import type { DocType } from "../doctypes/define.js";
import { includeTargetsIn } from "../load/include-directive.js";
import type { SharedTexts } from "../load/shared.js";
import type { SourceFile } from "../load/source.js";

let program: string | undefined;

/** mandat's own code (src/ or dist/, whichever runs) and its schemas and templates, hashed once per process. */
export function programHash(): string {
  if (program) return program;
  const root = fileURLToPath(new URL("../../", import.meta.url));
  // The bundle (dist/bundle/) holds all the code that runs; else the whole of src/ or dist/.
  const here = fileURLToPath(new URL("./", import.meta.url));
  const code = /[\\/]bundle[\\/]$/.test(here) ? here : fileURLToPath(new URL("../", import.meta.url));
  const parts: string[] = [];
  // The bundle comes with its fingerprint (scripts/bundle.mjs); src/ and dist/ are read and hashed.
  const fingerprint = code === here ? readIfThere(join(here, "PROGRAM")) : undefined;
  if (fingerprint) parts.push("bundle", fingerprint);
  for (const dir of fingerprint ? [join(root, "schemas")] : [code, join(root, "schemas")]) {
    for (const rel of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
      const file = join(dir, rel);
      if (statSync(file).isFile() && /\.(js|ts|json)$/.test(rel)) parts.push(rel, readFileSync(file, "utf8"));
    }
  }
  program = hashOf(...parts);
  return program;
}

/** Forget the program's hash, so the next run hashes schemas/ afresh: the resident checker (cli/daemon.ts) runs many checks in one process. */
export function forgetProgramHash(): void {
  program = undefined;
}

function readIfThere(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** What every document of a run shares: the program, the types, the registry, options and date. */
export function environmentHash(types: readonly DocType[], registry: readonly SourceFile[], config: Config, today: string): string {
  const typeParts = types.flatMap((t) => [t.type, readFileSync(fileURLToPath(t.schema), "utf8")]);
  const registryParts = registry.flatMap((f) => [f.path, f.hash ?? f.value]);
  return hashOf(programHash(), ...typeParts, ...registryParts, JSON.stringify([config.ruleOptions, config.limits ?? {}]), today);
}

/** Everything of the shared texts a document key can depend on (the resident checker keeps keys by it). */
export function sharedTextsHash(shared: SharedTexts): string {
  const files = [...shared.files.values()].map((f) => [f.path, f.hash ?? f.value]);
  return hashOf(JSON.stringify([[...shared.targets], files, shared.known]));
}

/** The key of one document: the environment, its path and text, and the shared texts it reaches. */
export function documentKey(env: string, source: SourceFile, shared: SharedTexts): string {
  const parts: string[] = [];
  const seen = new Set<string>();
  const follow = (text: string) => {
    for (const target of includeTargetsIn(text)) {
      const resolved = shared.targets.get(target);
      parts.push(target, resolved?.status ?? "notFound");
      if (resolved?.status !== "ok" || seen.has(resolved.path)) continue;
      seen.add(resolved.path);
      const file = shared.files.get(resolved.path)!;
      parts.push(file.path, file.hash ?? file.value);
      follow(file.value);
    }
  };
  follow(source.value);
  // "Menade du …?" for a missing include lists the shared texts that exist.
  if (parts.some((p) => p === "notFound")) parts.push(...shared.known);
  return hashOf(env, source.path, source.hash ?? source.value, ...parts);
}

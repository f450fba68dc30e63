/** Load stage: find the documents and registry files and read them. The only stage that reads input. */
import { readFile, readdir, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { REGISTRY_NAMES, type SourceFile } from "./source.js";

export const MANDATES_DIR = "mandates";
export const REGISTRY_DIR = "mandates/registry";

export interface LoadOptions {
  /** Repository root: where mandates/ lives. */
  root: string;
  /** Working directory, for display paths. */
  cwd: string;
  /** Files or folders to check; default the whole mandates/ tree. */
  paths?: string[];
}

/** A path the user named that does not exist: bad usage, not a document problem. */
export class MissingPathError extends Error {
  constructor(readonly path: string) {
    super(`Sökvägen finns inte: ${path}`);
  }
}

export function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return (rel.startsWith("..") ? absolute : rel).split(sep).join("/");
}

async function walk(dir: string, registryDir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    if (entry.isDirectory()) {
      if (full !== registryDir) out.push(...(await walk(full, registryDir)));
    } else if (entry.isFile() && entry.name.endsWith(".md")) out.push(full);
  }
  return out;
}

export async function load(options: LoadOptions): Promise<{ documents: SourceFile[]; registry: SourceFile[] }> {
  const registryDir = resolve(options.root, REGISTRY_DIR);
  const targets = options.paths?.length ? options.paths.map((p) => resolve(options.cwd, p)) : [resolve(options.root, MANDATES_DIR)];
  const found = new Set<string>();
  for (const target of targets) {
    const info = await stat(target).catch(() => undefined);
    if (!info) throw new MissingPathError(displayPath(options.cwd, target));
    if (info.isDirectory()) for (const f of await walk(target, registryDir)) found.add(f);
    else found.add(target);
  }
  const documents = await Promise.all(
    [...found].sort().map(async (absolute): Promise<SourceFile> => ({
      path: displayPath(options.cwd, absolute),
      absolute,
      value: await readFile(absolute, "utf8"),
      kind: "document",
    })),
  );
  const registry: SourceFile[] = [];
  for (const name of REGISTRY_NAMES) {
    const absolute = join(registryDir, `${name}.yaml`);
    const value = await readFile(absolute, "utf8").catch(() => undefined);
    // A missing registry file is simply empty; every reference into it is then reported as unknown.
    if (value !== undefined) registry.push({ path: displayPath(options.cwd, absolute), absolute, value, kind: "registry", registry: name });
  }
  return { documents, registry };
}

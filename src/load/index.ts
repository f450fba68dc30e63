/** Load stage: find the documents and registry files and read them. The only stage that reads input. */
import { readFileSync } from "node:fs";
import { readFile, readdir, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { includeTargetsIn } from "./include-directive.js";
import { loadSharedTexts, SHARED_DIR, type SharedTexts } from "./shared.js";
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

/** Folders under mandates/ whose files are not documents: the registry and the shared texts. */
async function walk(dir: string, skip: ReadonlySet<string>): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    if (entry.isDirectory()) {
      if (!skip.has(full)) out.push(...(await walk(full, skip)));
    } else if (entry.isFile() && entry.name.endsWith(".md")) out.push(full);
  }
  return out;
}

export interface Loaded {
  documents: SourceFile[];
  registry: SourceFile[];
  /** Shared texts the documents include; never documents themselves. */
  shared: SharedTexts;
}

export async function load(options: LoadOptions): Promise<Loaded> {
  const registryDir = resolve(options.root, REGISTRY_DIR);
  const sharedDir = resolve(options.root, SHARED_DIR);
  const skip = new Set([registryDir, sharedDir]);
  const targets = options.paths?.length ? options.paths.map((p) => resolve(options.cwd, p)) : [resolve(options.root, MANDATES_DIR)];
  const found = new Set<string>();
  for (const target of targets) {
    const info = await stat(target).catch(() => undefined);
    if (!info) throw new MissingPathError(displayPath(options.cwd, target));
    if (info.isDirectory()) for (const f of await walk(target, skip)) found.add(f);
    else found.add(target);
  }
  // A shared text named on the command line is checked through the documents that include it.
  const namedShared = [...found].filter((f) => f === sharedDir || f.startsWith(sharedDir + sep));
  for (const f of namedShared) found.delete(f);
  const documents = await Promise.all(
    [...found].sort().map(async (absolute): Promise<SourceFile> => ({
      path: displayPath(options.cwd, absolute),
      absolute,
      // Read synchronously: thousands of small files read faster without a promise each.
      value: readFileSync(absolute, "utf8"),
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
  const show = (a: string) => displayPath(options.cwd, a);
  if (namedShared.length === 0) return { documents, registry, shared: await loadSharedTexts(options.root, documents.map((d) => d.value), show) };

  // Read every other document, then keep those whose includes reach a named shared text.
  const others = await Promise.all(
    (await walk(resolve(options.root, MANDATES_DIR), skip))
      .filter((f) => !found.has(f))
      .sort()
      .map(async (absolute): Promise<SourceFile> => ({ path: show(absolute), absolute, value: await readFile(absolute, "utf8"), kind: "document" })),
  );
  const shared = await loadSharedTexts(options.root, [...documents, ...others].map((d) => d.value), show);
  const named = new Set(namedShared);
  const reaches = (text: string, seen: Set<string>): boolean =>
    includeTargetsIn(text).some((target) => {
      const resolved = shared.targets.get(target);
      if (resolved?.status !== "ok" || seen.has(resolved.path)) return false;
      seen.add(resolved.path);
      const file = shared.files.get(resolved.path)!;
      return named.has(file.absolute) || reaches(file.value, seen);
    });
  documents.push(...others.filter((d) => reaches(d.value, new Set())));
  documents.sort((a, b) => (a.absolute < b.absolute ? -1 : 1));
  return { documents, registry, shared };
}

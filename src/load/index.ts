/**
 * Load stage: find the documents and registry files and read them. The only stage that reads input,
 * always through load/read.ts: nothing outside the repository, nothing beyond the limits, nothing
 * that is not UTF-8. What it could not read is reported (file-access, encoding, limits,
 * no-documents) and left out; the rest is checked.
 */
import { join, relative, resolve, sep } from "node:path";
import { DEFAULT_LIMITS, type Limits } from "../config/types.js";
import { Recorder, type RecordedReport } from "../diagnostics/reporter.js";
import { includeTargetsIn } from "./include-directive.js";
import type { InputFiles } from "./files.js";
import { InputReader, reasonOf, type CleanFiles, type KnownFiles } from "./read.js";
import fileAccess from "./rules/file-access.js";
import noDocuments from "./rules/no-documents.js";
import { emptySharedTexts, loadSharedTexts, SHARED_DIR, type SharedTexts } from "./shared.js";
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
  /** Size and nesting limits; default DEFAULT_LIMITS. */
  limits?: Limits;
  /** Files known to pass the encoding and nesting checks under these limits (from the cache), and where new ones are added. */
  clean?: CleanFiles;
  /** The tree to read; default the files on disk (load/staged.ts reads the git index). */
  files?: InputFiles;
  /** Texts of files read before and unchanged since (the resident checker's, check/resident.ts). */
  known?: KnownFiles;
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

interface Walk {
  reader: InputReader;
  show: (absolute: string) => string;
  /** Folders under mandates/ whose files are not documents: the registry and the shared texts. */
  skip: ReadonlySet<string>;
  /** Real paths of the folders walked, so a link back up does not loop. */
  seen: Set<string>;
  /** The real path of each file found, known from its folder's: reading it then needs no realpath call (thousands in a big archive). */
  reals: Map<string, string>;
  /** Files and folders reported and left out. */
  refused: number;
  sink: Recorder;
}

/** The .md files under `dir` (whose real path is `realDir`); links that stay in the repository are followed, others reported. */
async function walk(dir: string, realDir: string | undefined, w: Walk): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await w.reader.files.list(dir);
  } catch (error) {
    w.sink.report(fileAccess, { file: w.show(dir), messageId: "unreadable", data: { path: w.show(dir), reason: reasonOf(error) }, fatal: true });
    w.refused++;
    return out;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(dir, entry.name);
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    let isDir = entry.kind === "dir";
    let isFile = entry.kind === "file";
    // Not a link: its real path is its folder's and its name.
    let real = realDir === undefined ? undefined : join(realDir, entry.name);
    if (entry.kind === "link") {
      const resolved = w.reader.resolveInside(full, w.show(full));
      if (resolved === "refused") {
        w.refused++;
        continue;
      }
      if (resolved === undefined) {
        if (entry.name.endsWith(".md")) {
          w.sink.report(fileAccess, { file: w.show(full), messageId: "unreadable", data: { path: w.show(full), reason: fileAccess.phrases.brokenLink }, fatal: true });
          w.refused++;
        }
        continue;
      }
      real = resolved;
      const kind = await w.reader.files.kind(real);
      isDir = kind === "dir";
      isFile = kind === "file";
      if (isDir) {
        if (w.seen.has(real)) continue;
        w.seen.add(real);
      }
    }
    if (isDir) {
      if (!w.skip.has(full)) out.push(...(await walk(full, real, w)));
    } else if (entry.name.endsWith(".md")) {
      if (isFile) {
        out.push(full);
        if (real !== undefined) w.reals.set(full, real);
      } else {
        w.sink.report(fileAccess, { file: w.show(full), messageId: "notFile", data: { path: w.show(full) }, fatal: true });
        w.refused++;
      }
    }
  }
  return out;
}

export interface Loaded {
  documents: SourceFile[];
  registry: SourceFile[];
  /** Shared texts the documents include; never documents themselves. */
  shared: SharedTexts;
  /** What load found wrong with files it could not read or had to refuse (file-access, encoding, limits, no-documents). */
  reports: RecordedReport[];
  /** Files and folders that were refused or could not be read (and so were not checked). */
  refused: number;
  /** When the whole of mandates/ is checked: the repository's CODEOWNERS (value undefined when there is none). */
  codeowners?: { root: string; path: string; value?: string };
}

export async function load(options: LoadOptions): Promise<Loaded> {
  const sink = new Recorder();
  const reader = new InputReader(options.root, options.limits ?? DEFAULT_LIMITS, sink, options.files, options.clean, options.known);
  const show = (a: string) => displayPath(options.cwd, a);
  const mandatesDir = resolve(options.root, MANDATES_DIR);
  const registryDir = resolve(options.root, REGISTRY_DIR);
  const sharedDir = resolve(options.root, SHARED_DIR);
  const w: Walk = { reader, show, skip: new Set([registryDir, sharedDir]), seen: new Set(), reals: new Map(), refused: 0, sink };

  // mandates/ itself must not lead out of the repository; then neither its registry nor its texts are read.
  const mandatesReal = reader.resolveInside(mandatesDir, show(mandatesDir));
  if (mandatesReal === "refused") w.refused++;
  const mandatesInside = mandatesReal !== undefined && mandatesReal !== "refused";

  // The registry first: the total size limit never leaves documents without their registry.
  const registry: SourceFile[] = [];
  for (const name of mandatesInside ? REGISTRY_NAMES : []) {
    const absolute = join(registryDir, `${name}.yaml`);
    const read = reader.read(absolute, show(absolute), "registry", { total: true });
    // A missing registry file is simply empty; every reference into it is then reported as unknown.
    if (read.status === "ok") registry.push({ path: show(absolute), absolute, value: read.text, hash: read.hash, kind: "registry", registry: name });
    else if (read.status === "refused") w.refused++;
  }

  const targets = options.paths?.length ? options.paths.map((p) => resolve(options.cwd, p)) : [mandatesDir];
  const found = new Set<string>();
  for (const target of targets) {
    if (!(await reader.files.exists(target))) throw new MissingPathError(show(target));
    const real = target === mandatesDir ? mandatesReal : reader.resolveInside(target, show(target));
    if (real === "refused") {
      if (target !== mandatesDir) w.refused++;
      continue;
    }
    // A link to nothing.
    if (real === undefined) throw new MissingPathError(show(target));
    if ((await reader.files.kind(real)) === "dir") {
      const before = w.refused;
      w.seen.add(real);
      const files = await walk(target, real, w);
      for (const f of files) found.add(f);
      if (files.length === 0 && w.refused === before) sink.report(noDocuments, { file: show(target), messageId: "empty", data: { path: show(target) } });
    } else found.add(target);
  }
  // A shared text named on the command line is checked through the documents that include it.
  const namedShared = [...found].filter((f) => f === sharedDir || f.startsWith(sharedDir + sep));
  for (const f of namedShared) found.delete(f);
  const readDocuments = (paths: Iterable<string>): SourceFile[] =>
    [...paths].sort().flatMap((absolute): SourceFile[] => {
      const read = reader.read(absolute, show(absolute), "document", { total: true, real: w.reals.get(absolute) });
      if (read.status === "refused") w.refused++;
      return read.status === "ok" ? [{ path: show(absolute), absolute, value: read.text, hash: read.hash, kind: "document" }] : [];
    });
  const documents = readDocuments(found);
  const loadShared = (texts: string[]) => (mandatesInside ? loadSharedTexts(options.root, texts, show, reader) : Promise.resolve(emptySharedTexts()));
  const codeowners = options.paths?.length || !mandatesInside ? undefined : await readCodeowners(options.root, reader, show);
  const done = (shared: SharedTexts): Loaded => ({ documents, registry, shared, reports: sink.reports, refused: w.refused, ...(codeowners && { codeowners }) });
  if (namedShared.length === 0) return done(await loadShared(documents.map((d) => d.value)));

  // Read every other document, then keep those whose includes reach a named shared text.
  const quiet = new InputReader(options.root, options.limits ?? DEFAULT_LIMITS, new Recorder(), options.files);
  const othersWalk: Walk = { ...w, reader: quiet, sink: new Recorder(), seen: new Set(), reals: new Map(), refused: 0 };
  const others = (await walk(mandatesDir, mandatesInside ? mandatesReal : undefined, othersWalk))
    .filter((f) => !found.has(f))
    .sort()
    .flatMap((absolute): SourceFile[] => {
      // Only the documents that turn out to reach a named text are checked; the others' problems are not this run's.
      const read = quiet.read(absolute, show(absolute), "document", { real: othersWalk.reals.get(absolute) });
      return read.status === "ok" ? [{ path: show(absolute), absolute, value: read.text, kind: "document" }] : [];
    });
  const shared = await loadShared([...documents, ...others].map((d) => d.value));
  const named = new Set(namedShared);
  const reaches = (text: string, seen: Set<string>): boolean =>
    includeTargetsIn(text).some((target) => {
      const resolved = shared.targets.get(target);
      if (resolved?.status !== "ok" || seen.has(resolved.path)) return false;
      seen.add(resolved.path);
      const file = shared.files.get(resolved.path)!;
      return named.has(file.absolute) || reaches(file.value, seen);
    });
  // Read again through the reporting reader: these are checked in this run.
  documents.push(...readDocuments(others.filter((d) => reaches(d.value, new Set())).map((d) => d.absolute)));
  documents.sort((a, b) => (a.absolute < b.absolute ? -1 : 1));
  return done(shared);
}

/** .github/CODEOWNERS, read like any input (inside the repository, within the limits, UTF-8). */
async function readCodeowners(root: string, reader: InputReader, show: (a: string) => string): Promise<Loaded["codeowners"]> {
  const absolute = join(root, ".github", "CODEOWNERS");
  const path = show(absolute);
  if (!(await reader.files.exists(absolute))) return { root, path };
  const read = reader.read(absolute, path, "config");
  return read.status === "ok" ? { root, path, value: read.text } : undefined;
}

/**
 * Shared standard texts: Markdown that documents include with `<!-- mandat:include <path> -->`.
 * Load reads them (the only stage that reads disk) and says what each include path resolves to;
 * the parse stage splices them in (src/parse/include.ts). They are not documents of their own.
 */
import { isAbsolute, join, posix, relative, resolve, sep } from "node:path";
import { includeTargetsIn } from "./include-directive.js";
import { isWithin } from "../util/paths.js";
import type { InputReader } from "./read.js";
import type { SourceFile } from "./source.js";

/** Where shared texts live by convention; every .md file under it is read, none is a document. */
export const SHARED_DIR = "mandates/standardtexter";


/** What an include path, as written, resolves to. */
export type IncludeTarget =
  | { status: "ok"; /** display path of the shared file */ path: string }
  | { status: "absolute" | "escapes" | "outsideLink" | "notMarkdown" | "notFound" }
  /** The file exists but could not be read (reported at the file: file-access, encoding, limits). */
  | { status: "refused" };

export interface SharedTexts {
  /** Every shared text read, by display path. */
  files: Map<string, SourceFile>;
  /** What each include path (as written in a directive, relative to the root) resolves to. */
  targets: Map<string, IncludeTarget>;
  /** Repository-relative paths of the shared texts under SHARED_DIR, for "Menade du …?". */
  known: string[];
}

export function emptySharedTexts(): SharedTexts {
  return { files: new Map(), targets: new Map(), known: [] };
}


/** `a/./b/../c.md` → `a/c.md`; backslashes count as separators. */
export function normaliseTarget(target: string): string {
  return posix.normalize(target.replace(/\\/g, "/"));
}

function isAbsoluteTarget(target: string): boolean {
  return isAbsolute(target) || target.startsWith("/") || target.startsWith("\\") || /^[A-Za-z]:/.test(target) || /^[a-z][a-z0-9+.-]*:\/\//i.test(target);
}

async function mdFiles(dir: string, reader: InputReader, displayPath: (absolute: string) => string): Promise<string[]> {
  const entries = await reader.files.list(dir).catch(() => []);
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const full = join(dir, entry.name);
    // A link that leads out of the repository is reported here (a link that stays in is read through its include).
    if (entry.kind === "link") reader.resolveInside(full, displayPath(full));
    if (entry.kind === "dir") out.push(...(await mdFiles(full, reader, displayPath)));
    else if (entry.kind === "file" && entry.name.endsWith(".md")) out.push(full);
  }
  return out;
}

/**
 * Read every shared text under SHARED_DIR and every file that `texts` (and the shared texts, in turn)
 * include. Include paths are relative to `root`; nothing outside `root` is read, symlinks included.
 */
export async function loadSharedTexts(
  root: string,
  texts: string[],
  displayPath: (absolute: string) => string,
  reader: InputReader,
): Promise<SharedTexts> {
  const shared = emptySharedTexts();
  // Where a path really leads, quietly: a link out is an include problem (or was reported while walking).
  const whereIs = (absolute: string): string | "outside" | undefined => {
    try {
      return reader.realPathInside(absolute);
    } catch {
      return undefined;
    }
  };
  const byAbsolute = new Map<string, SourceFile>();

  const refused = new Set<string>();
  const read = async (absolute: string): Promise<SourceFile | "refused" | undefined> => {
    const known = byAbsolute.get(absolute);
    if (known) return known;
    if (refused.has(absolute)) return "refused";
    const outcome = reader.read(absolute, displayPath(absolute), "shared", { total: true });
    if (outcome.status === "refused") refused.add(absolute);
    if (outcome.status !== "ok") return outcome.status === "refused" ? "refused" : undefined;
    const file: SourceFile = { path: displayPath(absolute), absolute, value: outcome.text, hash: outcome.hash, kind: "shared" };
    byAbsolute.set(absolute, file);
    shared.files.set(file.path, file);
    return file;
  };

  const resolveTarget = async (target: string): Promise<IncludeTarget> => {
    if (isAbsoluteTarget(target)) return { status: "absolute" };
    const normal = normaliseTarget(target);
    if (normal === ".." || normal.startsWith("../")) return { status: "escapes" };
    if (!normal.endsWith(".md")) return { status: "notMarkdown" };
    const absolute = resolve(root, normal);
    if (!isWithin(absolute, resolve(root))) return { status: "escapes" };
    const real = whereIs(absolute);
    if (real === undefined) return { status: "notFound" };
    // A symlink inside the repository may point anywhere; what counts is where it points.
    if (real === "outside") return { status: "outsideLink" };
    if ((await reader.files.kind(real)) !== "file") return { status: "notFound" };
    const file = await read(absolute);
    return file === "refused" ? { status: "refused" } : file ? { status: "ok", path: file.path } : { status: "notFound" };
  };

  const sharedDir = resolve(root, SHARED_DIR);
  const realSharedDir = whereIs(sharedDir);
  // The shared folder itself must not lead out of the repository through a symlink.
  if (realSharedDir && realSharedDir !== "outside") {
    for (const absolute of (await mdFiles(sharedDir, reader, displayPath)).sort()) {
      const real = whereIs(absolute);
      if (!real || real === "outside") continue;
      shared.known.push(relative(resolve(root), absolute).split(sep).join("/"));
      await read(absolute);
    }
  }

  const queue = texts.flatMap(includeTargetsIn);
  for (const file of shared.files.values()) queue.push(...includeTargetsIn(file.value));
  while (queue.length > 0) {
    const target = queue.shift()!;
    if (shared.targets.has(target)) continue;
    const before = shared.files.size;
    const resolved = await resolveTarget(target);
    shared.targets.set(target, resolved);
    // A file read for the first time may include further files.
    if (resolved.status === "ok" && shared.files.size > before) queue.push(...includeTargetsIn(shared.files.get(resolved.path)!.value));
  }
  return shared;
}

/**
 * Write a build atomically: everything goes into a temporary sibling folder first, which then
 * replaces the output folder with two renames. A failed build never leaves a half-written folder.
 */
import { randomBytes } from "node:crypto";
import { chmod, mkdir, mkdtemp, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, normalize, relative, resolve, sep } from "node:path";

export interface OutputFile {
  /** Relative path inside the output folder, forward slashes, e.g. "pdf/x.pdf". */
  path: string;
  content: string | Uint8Array;
}

/** An output folder the build must not replace: a usage error, found before any work is done. */
export class OutDirError extends Error {}

/** `inner` is `outer` or lies inside it. */
function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/** Folders of a repository root that hold its sources; a build inside one would replace sources. */
const SOURCE_DIRS = ["mandates", ".git"];

/** Refuse output folders whose replacement would remove something that is not a build. */
export function assertSafeOutDir(outDir: string, protect: string[] = [process.cwd()]): void {
  const out = resolve(outDir);
  if (dirname(out) === out) throw new OutDirError(`Utmappen ${out} är en rotkatalog; välj en egen mapp för bygget, t.ex. build/.`);
  for (const dir of protect.map((p) => resolve(p))) {
    if (within(dir, out)) throw new OutDirError(`Utmappen ${out} innehåller ${dir}; bygget skulle ersätta den. Välj en egen mapp, t.ex. build/.`);
  }
  const root = protect[0] && resolve(protect[0]);
  for (const name of root ? SOURCE_DIRS : []) {
    const source = join(root!, name);
    if (within(out, source)) throw new OutDirError(`Utmappen ${out} ligger i ${source}; bygget skulle ersätta källfiler. Välj en egen mapp, t.ex. build/.`);
  }
}

/**
 * Everything that can be said about an output folder before the build starts: a safe place, and,
 * if it exists, a folder that is not a git repository. `protect[0]` is the repository root.
 */
export async function checkOutDir(outDir: string, protect: string[]): Promise<void> {
  assertSafeOutDir(outDir, protect);
  const out = resolve(outDir);
  const info = await stat(out).catch(() => undefined);
  if (info && !info.isDirectory()) throw new OutDirError(`Utmappen ${out} finns redan och är ingen mapp; välj en annan med --out.`);
  if (info && (await exists(join(out, ".git")))) throw new OutDirError(`Utmappen ${out} är ett git-arkiv; bygget ersätter inte det. Välj en annan med --out.`);
}

function checkedPath(path: string): string {
  const norm = normalize(path);
  if (isAbsolute(path) || norm === "." || norm === ".." || norm.startsWith(`..${sep}`)) {
    throw new Error(`Ogiltig sökväg i bygget: ${path}`);
  }
  return norm;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Write `files` as the complete new content of `outDir` (relative to the working directory).
 * Previous content of `outDir` is replaced, not merged.
 */
export async function writeOutput(outDir: string, files: readonly OutputFile[], protect: string[] = [process.cwd()]): Promise<void> {
  const out = resolve(outDir);
  assertSafeOutDir(out, protect);
  const parent = dirname(out);
  await mkdir(parent, { recursive: true });
  if (await exists(out)) {
    const info = await stat(out);
    if (!info.isDirectory()) throw new OutDirError(`Utmappen ${out} finns redan och är ingen mapp; välj en annan med --out.`);
    if (await exists(join(out, ".git"))) throw new OutDirError(`Utmappen ${out} är ett git-arkiv; bygget ersätter inte det. Välj en annan med --out.`);
  }

  // `.build-*` next to the output folder; .gitignore already ignores that pattern.
  const temp = await mkdtemp(join(parent, `.build-${basename(out)}-${process.pid}-`));
  try {
    await chmod(temp, 0o755); // mkdtemp makes it 0700; the site is meant to be served
    const seen = new Set<string>();
    for (const file of files) {
      const path = checkedPath(file.path);
      if (seen.has(path)) throw new Error(`Två filer i bygget har samma sökväg: ${file.path}`);
      seen.add(path);
      const target = join(temp, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }

  const old = join(parent, `.build-${basename(out)}-old-${process.pid}-${randomBytes(4).toString("hex")}`);
  let moved = false;
  try {
    if (await exists(out)) {
      await rename(out, old);
      moved = true;
    }
    await rename(temp, out);
  } catch (error) {
    if (moved && !(await exists(out))) await rename(old, out).catch(() => undefined);
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  if (moved) await rm(old, { recursive: true, force: true });
}

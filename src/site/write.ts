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

/** Refuse output folders whose replacement would remove something that is not a build. */
export function assertSafeOutDir(outDir: string, protect: string[] = [process.cwd()]): void {
  const out = resolve(outDir);
  if (dirname(out) === out) throw new Error(`Utmappen ${out} är en rotkatalog; välj en egen mapp för bygget.`);
  for (const dir of protect.map((p) => resolve(p))) {
    const rel = relative(out, dir);
    if (rel === "" || (!rel.startsWith("..") && !isAbsolute(rel))) {
      throw new Error(`Utmappen ${out} innehåller ${dir}; bygget skulle ersätta den. Välj en egen mapp, t.ex. build/.`);
    }
  }
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
export async function writeOutput(outDir: string, files: readonly OutputFile[]): Promise<void> {
  const out = resolve(outDir);
  assertSafeOutDir(out);
  const parent = dirname(out);
  await mkdir(parent, { recursive: true });
  if (await exists(out)) {
    const info = await stat(out);
    if (!info.isDirectory()) throw new Error(`Utmappen ${out} finns redan och är ingen mapp.`);
    if (await exists(join(out, ".git"))) throw new Error(`Utmappen ${out} är ett git-arkiv; bygget ersätter inte det.`);
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

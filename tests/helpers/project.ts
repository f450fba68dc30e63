/**
 * A throw-away copy of the fictional repository in tests/fixtures/base, edited by a test. Nothing here
 * reads mandates/: rule tests stay true when the real documents change.
 */
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { tempDir } from "./repo.js";

export const BASE = fileURLToPath(new URL("../fixtures/base/", import.meta.url));

/** A file's new text, a function of its old text, a copy of another base file (edited), or null to delete it. */
export type Edit = string | null | ((text: string) => string) | { copyOf: string; edit?: (text: string) => string };
export type Edits = Record<string, Edit>;

/** Replace `from` (which must occur, once unless `all`) in a text; for edits of the base files. */
export function replace(from: string, to: string): (text: string) => string {
  return (text) => {
    if (!text.includes(from)) throw new Error(`edit: ${JSON.stringify(from)} not found`);
    return text.replace(from, to);
  };
}

/** Apply several edits to one file in order. */
export function edits(...fns: ((text: string) => string)[]): (text: string) => string {
  return (text) => fns.reduce((t, fn) => fn(t), text);
}

export interface Project {
  root: string;
  read(rel: string): Promise<string>;
  remove(): Promise<void>;
}

/** Copy the base fixture (or `from`) to a temporary root and apply `files`. */
export async function project(files: Edits = {}, from = BASE): Promise<Project> {
  const root = await tempDir("rule");
  await cp(from, root, { recursive: true });
  for (const [rel, edit] of Object.entries(files)) {
    const path = join(root, rel);
    if (edit === null) {
      await rm(path, { force: true });
      continue;
    }
    const text =
      typeof edit === "function"
        ? edit(await readFile(path, "utf8"))
        : typeof edit === "string"
          ? edit
          : (edit.edit ?? ((t: string) => t))(await readFile(join(from, edit.copyOf), "utf8"));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }
  return { root, read: (rel) => readFile(join(root, rel), "utf8"), remove: () => rm(root, { recursive: true, force: true }) };
}

/** A new file that starts as a copy of a base file. */
export function copyOf(path: string, edit?: (text: string) => string): Edit {
  return { copyOf: path, ...(edit && { edit }) };
}

/**
 * Load's sandbox asks for a path's real path only where a link can be: a file the walk found in a
 * folder whose real path it knows is that folder's real path and the file's name (thousands of
 * realpath calls saved on a big archive), while links are still resolved and held to the repository.
 */
import { cp, mkdir, readFile, symlink } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { diskFiles, type InputFiles } from "../../src/load/files.js";
import { load } from "../../src/load/index.js";
import { copyRepo, removeDir } from "../helpers/repo.js";

let root: string;

beforeAll(async () => {
  root = await copyRepo("real-paths");
  // A linked folder inside the repository, and a linked document.
  await mkdir(join(root, "arkiv"));
  await cp(join(root, "mandates/samordningsrad-onkologi.md"), join(root, "arkiv/gammal.md"));
  await symlink(join(root, "arkiv"), join(root, "mandates/arkiv"));
  await symlink(join(root, "mandates/samordningsrad-infektion.md"), join(root, "mandates/lank.md"));
});
afterAll(() => removeDir(root));

it("resolves links, and no file the walk found in a folder it knows", async () => {
  const asked: string[] = [];
  const files: InputFiles = { ...diskFiles, realpath: (path) => (asked.push(path), diskFiles.realpath(path)) };
  const loaded = await load({ root, cwd: root, files });
  const paths = loaded.documents.map((d) => d.path);
  expect(paths).toEqual(expect.arrayContaining(["mandates/arkiv/gammal.md", "mandates/lank.md", "mandates/samordningsrad-onkologi.md"]));
  expect(loaded.reports).toEqual([]);
  // Each document has the text of the file its real path names.
  const text = (path: string) => loaded.documents.find((d) => d.path === path)!.value;
  expect(text("mandates/arkiv/gammal.md")).toBe(await readFile(join(root, "arkiv/gammal.md"), "utf8"));
  expect(text("mandates/lank.md")).toBe(await readFile(join(root, "mandates/samordningsrad-infektion.md"), "utf8"));
  // Of the documents, only the link. (A shared text is resolved as its include directive names it, which may be a link.)
  const documentsAsked = asked.filter((path) => path.endsWith(".md") && !path.includes("/standardtexter/")).map((path) => path.slice(root.length + 1));
  expect(documentsAsked).toEqual(["mandates/lank.md"]);
  expect(asked.map((path) => path.slice(root.length + 1))).toContain("mandates/arkiv");
});

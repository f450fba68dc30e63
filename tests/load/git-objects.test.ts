/** Git's object format as mandat reads it, against real git output. */
import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { batchBlobs, blobId } from "../../src/load/git-objects.js";
import { commitAll, git, initRepo } from "../helpers/git.js";

it("reads cat-file --batch output in request order (blobs, a missing name with spaces, a tree) and names blobs as git does", async () => {
  const dir = await mkdtemp(join(tmpdir(), "mandat-git-objects-"));
  try {
    await writeFile(join(dir, "a b.md"), "första\n");
    await writeFile(join(dir, "c.md"), "andra, med å\n");
    initRepo(dir);
    await writeFile(join(dir, "c.md"), "ändrad\n");
    commitAll(dir, "Ändrad");
    const requests = ["HEAD~1:a b.md", "HEAD:finns inte.md", "HEAD^{tree}", "HEAD~1:c.md", "HEAD:c.md"];
    const out = execFileSync("git", ["-C", dir, "cat-file", "--batch"], { input: requests.join("\n") + "\n" });
    const objects = batchBlobs(out);
    expect(objects.map((o) => o?.bytes.toString("utf8"))).toEqual(["första\n", undefined, undefined, "andra, med å\n", "ändrad\n"]);
    expect(objects[4]!.oid).toBe(git(dir, "rev-parse", "HEAD:c.md").trim());
    expect(blobId(Buffer.from("ändrad\n"))).toBe(objects[4]!.oid);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

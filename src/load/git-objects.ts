/**
 * Git's object format, shared by everything that reads git (load/git-history.ts, load/staged.ts,
 * site/history.ts): the id of a blob, and the output of `git cat-file --batch`.
 */
import { createHash } from "node:crypto";

/** The object id of `bytes` as a blob: SHA-1 (or SHA-256 in a SHA-256 repository) of "blob <size>\0" and the bytes. */
export function blobId(bytes: Uint8Array, algorithm: "sha1" | "sha256" = "sha1"): string {
  return createHash(algorithm).update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

/**
 * The objects of `git cat-file --batch` output, one per request line and in that order: the blob's
 * id and bytes, or undefined for a request that named no blob ("<name> missing", a tree).
 */
export function batchBlobs(out: Buffer): ({ oid: string; bytes: Buffer } | undefined)[] {
  const objects: ({ oid: string; bytes: Buffer } | undefined)[] = [];
  let at = 0;
  while (at < out.length) {
    const newline = out.indexOf(0x0a, at);
    if (newline < 0) break;
    const header = out.subarray(at, newline).toString("utf8");
    // "<name> missing" (the name may hold spaces) has no content.
    if (/ (missing|ambiguous)$/.test(header)) {
      objects.push(undefined);
      at = newline + 1;
      continue;
    }
    const [oid, type, size] = header.split(" ");
    if (type !== "blob") {
      // Another type's content (a tree, a commit) is skipped.
      objects.push(undefined);
      at = newline + 1 + Number(size) + 1;
      continue;
    }
    const length = Number(size);
    objects.push({ oid: oid!, bytes: out.subarray(newline + 1, newline + 1 + length) });
    at = newline + 1 + length + 1;
  }
  return objects;
}

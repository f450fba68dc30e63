/**
 * Where load reads from: the files on disk (the default), or another tree of files with the same
 * shape, such as the git index (load/staged.ts). Load's sandbox (real path inside the root, regular
 * files only, size limits, encoding checks) sits above this and is the same for every tree.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from "node:fs";
import { lstat, readdir, stat } from "node:fs/promises";

export type EntryKind = "file" | "dir" | "link" | "other";

export interface Entry {
  name: string;
  kind: EntryKind;
}

/** A file opened for reading: its size and kind as it is now, and at most `max` bytes of it. */
export interface OpenedFile {
  size: number;
  /** Device, inode, size, modification and change time, or `git:<object id>` for a staged file (resident checker: is this the file read before?). */
  stamp?: string;
  /** When the file last changed (its later time of modification and change, ms); none for a staged file, whose stamp names its bytes. */
  changedAt?: number;
  isFile: boolean;
  read(max: number): Buffer;
  close(): void;
}

export interface InputFiles {
  /** The entries of a folder; throws an error with a `code` (as node:fs does) when it cannot be read. */
  list(dir: string): Promise<Entry[]>;
  /** Something is at the path (a link to nothing included). */
  exists(path: string): Promise<boolean>;
  /** What a path leads to, links followed; undefined when nothing. */
  kind(path: string): Promise<EntryKind | undefined>;
  /** The real path, links resolved; throws with code ENOENT or ENOTDIR when nothing is there. */
  realpath(path: string): string;
  /** Open a file at its real path; throws with a `code` when it cannot be opened. */
  open(real: string): OpenedFile;
  /** What the file at a real path is now, without opening it (undefined when that cannot be told): a kept text is used by its stamp. */
  peek?(real: string): { size: number; stamp: string; isFile: boolean } | undefined;
}

/** The file system calls reading goes through (a test makes `open` fail as for an unreadable file, even as root). */
export const io = { openSync };

const kindOf = (d: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }): EntryKind =>
  d.isSymbolicLink() ? "link" : d.isDirectory() ? "dir" : d.isFile() ? "file" : "other";

export const diskFiles: InputFiles = {
  async list(dir) {
    return (await readdir(dir, { withFileTypes: true })).map((d) => ({ name: d.name, kind: kindOf(d) }));
  },
  exists: async (path) => Boolean(await lstat(path).catch(() => undefined)),
  async kind(path) {
    const info = await stat(path).catch(() => undefined);
    return info && kindOf(info);
  },
  realpath: (path) => realpathSync.native(path),
  peek(real) {
    // lstat: a link is not a file here, so it goes the way of open (which does not follow it).
    try {
      const info = lstatSync(real, { throwIfNoEntry: false });
      return info && { size: info.size, stamp: stampOf(info), isFile: info.isFile() };
    } catch {
      return undefined; // open says why
    }
  },
  open(real) {
    // Non-blocking: opening a named pipe must not wait for a writer; no-follow: the real path is final.
    const fd = io.openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
    let info;
    try {
      info = fstatSync(fd);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
    return {
      size: info.size,
      stamp: stampOf(info),
      changedAt: Math.max(info.mtimeMs, info.ctimeMs),
      isFile: info.isFile(),
      read(max) {
        // Never more than `max`, even if the file grows while it is read.
        const buffer = Buffer.alloc(max);
        let length = 0;
        for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
        return buffer.subarray(0, length);
      },
      close: () => closeSync(fd),
    };
  },
};

/** Identity of a file's state: device, inode, size, modification and change time. */
export function stampOf(info: { dev: number; ino: number; size: number; mtimeMs: number; ctimeMs: number }): string {
  return `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`;
}

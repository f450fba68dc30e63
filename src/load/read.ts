/**
 * Reading one input file, the only way load (and the config) reads: the repository is the sandbox.
 * A path is resolved to its real path and refused when that lies outside the repository root; only
 * regular files are opened (never a pipe or a device), at most the size limit is read, and the bytes
 * must be UTF-8 (a leading BOM is dropped) without control characters and no deeper than the nesting
 * limit. Every refusal is a diagnostic at the file that never shows what the file (or a link's
 * target) holds, and the file is then left out: later stages never see it.
 *
 * Decisions: invalid UTF-8 skips the file (its text and positions cannot be trusted); control
 * characters are reported where they are, and the file is still checked.
 */
import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import { isWithin } from "../util/paths.js";
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { fill, type Localised } from "../diagnostics/messages.js";
import type { RawReport, ReportSink } from "../diagnostics/reporter.js";
import type { RuleMeta } from "../diagnostics/rule.js";
import type { Limits } from "../config/types.js";
import { LineIndex } from "../util/lines.js";
import { documentDepth, markdownDepth, yamlDepth, type DepthCheck } from "./depth.js";
import { diskFiles, type InputFiles, type OpenedFile } from "./files.js";
import encoding from "./rules/encoding.js";
import fileAccess from "./rules/file-access.js";
import limits from "./rules/limits.js";

/** What a file is read as decides how its nesting is measured. */
export type InputKind = "document" | "registry" | "shared" | "config";

const DEPTH: Record<InputKind, DepthCheck> = { document: documentDepth, shared: markdownDepth, registry: yamlDepth, config: yamlDepth };

export { io } from "./files.js";

/** `hash`: sha256 of the file's bytes (hex), which a cache can key on instead of hashing the text again. */
export type ReadOutcome = { status: "ok"; text: string; hash: string } | { status: "missing" } | { status: "refused" };

/**
 * Files known to pass the encoding and nesting checks, as `<kind>:<hash of the bytes>`: a warm check
 * does not scan them again (the caller keeps the set per limits, see check.ts). A plain Set will do.
 */
export interface CleanFiles {
  has(key: string): boolean;
  add(key: string): void;
}

/** A file's text that passed every check, with its hash, the stamp of the file it was read from and the nesting limit it was measured against. */
export interface CleanText {
  text: string;
  hash: string;
  stamp: string;
  maxDepth: number;
}

/**
 * Texts of files read before, by real path and kind (the resident checker keeps them between
 * requests, check/resident.ts): used only while the file's stamp is the same.
 */
export interface KnownFiles {
  /** The text kept for this file if it still has `stamp` and was measured against this nesting limit. */
  get(real: string, kind: InputKind, stamp: string, maxDepth: number): CleanText | undefined;
  /** `readAt`: when the bytes were read, `changedAt`: when the file last changed, if its stamp has times (a file changed just before it was read may change again unseen). */
  set(real: string, kind: InputKind, text: CleanText, readAt: number, changedAt: number | undefined): void;
}

/** At most this many control characters are reported per file. */
const MAX_CONTROL_REPORTS = 10;
// C0 controls but tab, line feed and carriage return; DEL; C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const NAMES: Record<number, string> = { 0: "NUL", 0x1b: "ESC", 0x7f: "DEL", 0x0b: "VT", 0x0c: "FF", 0x08: "BS", 0x07: "BEL" };

/** The real path of the root (symlinks resolved), or the root as given when it cannot be resolved. */
export function realRootOf(root: string): string {
  try {
    return realpathSync.native(resolve(root));
  } catch {
    return resolve(root);
  }
}

/** `U+0000 (NUL)`. */
function charName(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return NAMES[code] ? `${hex} (${NAMES[code]})` : hex;
}

/** Byte offset of the first byte that is not part of a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong three/four-byte forms, surrogates, and code points above U+10FFFF.
    const c1 = bytes[i + 1]!;
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** Why a file system call failed, as a phrase of the file-access rule. */
export function reasonOf(error: unknown): Localised {
  const code = (error as NodeJS.ErrnoException)?.code ?? "?";
  return code === "EACCES" || code === "EPERM" ? fileAccess.phrases.denied : code === "ELOOP" ? fileAccess.phrases.loop : fill(fileAccess.phrases.other, { code });
}

export class InputReader {
  readonly realRoot: string;
  private total = 0;
  private reported = 0;

  constructor(
    root: string,
    private readonly limits: Limits,
    private readonly sink: ReportSink,
    /** The tree read from: the disk, or the git index for `check --staged`. */
    readonly files: InputFiles = diskFiles,
    private readonly clean?: CleanFiles,
    private readonly known?: KnownFiles,
  ) {
    this.realRoot = realRootOf(root);
  }

  private report(rule: RuleMeta, r: RawReport): void {
    this.reported++;
    this.sink.report(rule, r);
  }

  private reason(error: unknown) {
    return reasonOf(error);
  }

  /**
   * Where a path really leads: its real path when that lies in the repository; undefined when it does
   * not exist; "refused" (after reporting at `display`) when it leads out of the repository or cannot be resolved.
   */
  resolveInside(absolute: string, display: string): string | "refused" | undefined {
    let real: string | "outside" | undefined;
    try {
      real = this.realPathInside(absolute);
    } catch (error) {
      this.report(fileAccess, { file: display, messageId: "unreadable", data: { path: display, reason: this.reason(error) }, fatal: true });
      return "refused";
    }
    if (real === "outside") {
      this.report(fileAccess, { file: display, messageId: "outside", data: { path: display }, fatal: true });
      return "refused";
    }
    return real;
  }

  /**
   * The same question without reporting (the caller says it in its own words): the real path when it
   * lies in the repository, "outside", or undefined when it does not exist. Other errors are thrown.
   */
  realPathInside(absolute: string): string | "outside" | undefined {
    let real: string;
    try {
      real = this.files.realpath(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") return undefined;
      throw error;
    }
    return isWithin(real, this.realRoot) ? real : "outside";
  }

  /**
   * Read one file as text, or report why not. `total`: the file counts towards the total size limit.
   * `real`: its real path when the caller knows it inside the repository (load's walk), so it is not resolved again.
   */
  read(absolute: string, display: string, kind: InputKind, options: { total?: boolean; real?: string } = {}): ReadOutcome {
    const real = options.real ?? this.resolveInside(absolute, display);
    if (real === undefined) return { status: "missing" };
    if (real === "refused") return { status: "refused" };
    const at = { file: display, place: { start: { line: 1, column: 1 } }, fatal: true };
    // A text kept from an earlier read (the resident checker) is used while the file's stamp is the
    // same: one stat instead of opening, reading and closing the file.
    const peek = this.known && this.files.peek?.(real);
    const kept = peek && peek.isFile ? this.known!.get(real, kind, peek.stamp, this.limits.maxDepth) : undefined;
    if (peek && kept) return this.sizeRefused(peek.size, at, options.total) ? { status: "refused" } : this.keptText(kind, kept);
    let file: OpenedFile;
    try {
      file = this.files.open(real);
    } catch (error) {
      this.report(fileAccess, { file: display, messageId: "unreadable", data: { path: display, reason: this.reason(error) }, fatal: true });
      return { status: "refused" };
    }
    let bytes: Buffer;
    try {
      if (!file.isFile) {
        this.report(fileAccess, { file: display, messageId: "notFile", data: { path: display }, fatal: true });
        return { status: "refused" };
      }
      if (this.sizeRefused(file.size, at, options.total)) return { status: "refused" };
      // A tree that cannot be asked without opening (the git index) names the file's bytes in its stamp.
      const keptOpen = this.files.peek || file.stamp === undefined ? undefined : this.known?.get(real, kind, file.stamp, this.limits.maxDepth);
      if (keptOpen) return this.keptText(kind, keptOpen);
      // One byte more than the limit tells a file that grew while it was read.
      bytes = file.read(Math.min(file.size, this.limits.maxFileBytes) + 1);
      if (bytes.length > this.limits.maxFileBytes) {
        this.report(limits, { ...at, messageId: "fileSize", data: { size: bytes.length, limit: this.limits.maxFileBytes, setting: "maxFileBytes" } });
        return { status: "refused" };
      }
    } catch (error) {
      this.report(fileAccess, { file: display, messageId: "unreadable", data: { path: display, reason: this.reason(error) }, fatal: true });
      return { status: "refused" };
    } finally {
      file.close();
    }
    const readAt = Date.now();
    const hash = createHash("sha256").update(bytes).digest("hex");
    const known = `${kind}:${hash}`;
    const keep = (text: string) => {
      if (this.known && file.stamp !== undefined) this.known.set(real, kind, { text, hash, stamp: file.stamp, maxDepth: this.limits.maxDepth }, readAt, file.changedAt);
    };
    if (this.clean?.has(known)) {
      const text = textOf(bytes);
      keep(text);
      return { status: "ok", text, hash };
    }
    const before = this.reported;
    const outcome = this.decode(bytes, display, kind);
    if (outcome.status === "ok" && this.reported === before) {
      this.clean?.add(known);
      keep(outcome.text);
    }
    return outcome.status === "ok" ? { ...outcome, hash } : outcome;
  }

  /** A kept text as read. */
  private keptText(kind: InputKind, kept: CleanText): ReadOutcome {
    this.clean?.has(`${kind}:${kept.hash}`); // still in use: the clean files' entry keeps it
    return { status: "ok", text: kept.text, hash: kept.hash };
  }

  /** Over the size limit of one file, or (when it counts) of all files together: reported. */
  private sizeRefused(size: number, at: { file: string; place: { start: { line: number; column: number } }; fatal: boolean }, total?: boolean): boolean {
    if (size > this.limits.maxFileBytes) {
      this.report(limits, { ...at, messageId: "fileSize", data: { size, limit: this.limits.maxFileBytes, setting: "maxFileBytes" } });
      return true;
    }
    if (!total) return false;
    if (this.total + size > this.limits.maxTotalBytes) {
      this.total = this.limits.maxTotalBytes + 1;
      this.report(limits, { ...at, messageId: "totalSize", data: { limit: this.limits.maxTotalBytes, setting: "maxTotalBytes" } });
      return true;
    }
    this.total += size;
    return false;
  }

  /** UTF-8 bytes → text, with the encoding and nesting checks. */
  decode(bytes: Uint8Array, display: string, kind: InputKind): { status: "ok"; text: string } | { status: "refused" } {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const body = bytes.subarray(bom);
    if (!isUtf8(body)) {
      const bad = firstInvalidUtf8(body);
      const before = new TextDecoder("utf-8").decode(body.subarray(0, bad));
      const start = new LineIndex(before).point(before.length);
      const byte = `0x${body[bad]!.toString(16).toUpperCase().padStart(2, "0")}`;
      this.report(encoding, { file: display, place: { start }, messageId: "invalidUtf8", data: { byte }, fatal: true });
      return { status: "refused" };
    }
    const text = textOf(bytes);
    let lines: LineIndex | undefined;
    let reported = 0;
    for (const match of text.matchAll(CONTROL)) {
      if (reported++ >= MAX_CONTROL_REPORTS) break;
      lines ??= new LineIndex(text);
      const start = lines.point(match.index!);
      const end = lines.point(match.index! + 1);
      this.report(encoding, { file: display, place: { start, end }, messageId: "control", data: { char: charName(match[0].charCodeAt(0)) } });
    }
    const deep = DEPTH[kind](text, this.limits.maxDepth);
    if (deep !== undefined) {
      lines ??= new LineIndex(text);
      this.report(limits, { file: display, place: { start: lines.point(deep) }, messageId: "depth", data: { limit: this.limits.maxDepth, setting: "maxDepth" }, fatal: true });
      return { status: "refused" };
    }
    return { status: "ok", text };
  }
}

/** The text of valid UTF-8 bytes, without a leading BOM (Buffer's decoder: several times faster than a TextDecoder per file). */
function textOf(bytes: Uint8Array): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8", bom);
}

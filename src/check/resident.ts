/**
 * What the resident checker (cli/daemon.ts) keeps between its requests, so that a check of a large
 * archive with one file changed reads one file and one pack line, not all of them: the results pack
 * as it was read (with the lines this process appended since), each pack line's result once parsed,
 * and each input file's text and hash. A command-line run is a new process and keeps nothing.
 *
 * Nothing kept is trusted without asking the disk first, as git trusts its index:
 * - the pack is used again only while its file has the same inode, size and times as when it was
 *   read or last written by this process; a run elsewhere that appends or rewrites it makes the next
 *   request read it anew (its lines are content-addressed, so a line this copy lacks is only a miss);
 * - a file's text is used again only while the file (its real path) has the same device, inode, size,
 *   modification and change time, and only if it was last changed well before it was read: a file
 *   written twice within the clock's resolution could keep its times, so a "racily clean" file is
 *   read again every time (git's rule);
 * - `check --staged` reads the git index: there a file's stamp is its object id, which names its bytes.
 */
import { statSync } from "node:fs";
import { stampOf } from "../load/files.js";
import type { CleanText, KnownFiles } from "../load/read.js";
import { Pack, packFile, resultOf, type PackLine, type SharedStrings } from "./pack.js";
import type { DocumentResult } from "./result.js";
import type { Registry } from "../link/registry.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { LineIndex } from "../util/lines.js";

/** A file changed this recently when it was read may change again with the same times: not kept. */
const RACY_MS = 2000;

let on = false;

/**
 * Called once by the resident checker: from then on, this process keeps what a later request can use.
 * `false` lets go of everything kept (tests).
 */
export function keepResident(keep = true): void {
  on = keep;
  if (!keep) {
    packs.clear();
    files.clear();
    blobs.clear();
    registryResults.clear();
    lastRegistry = undefined;
    keys = { previous: new Map(), current: new Map() };
  }
}

/** What the last request took from what was kept: whether it read the pack file, and how many input files it did not read. */
export const lastRequest = { packRead: false, filesKept: 0 };

/** This process keeps what later requests can use (it is the resident checker). */
export function isResident(): boolean {
  return on;
}

/** The stamp of the file at `path` (load/files.ts stampOf); undefined when there is none. */
function stampAt(path: string): string | undefined {
  try {
    return stampOf(statSync(path));
  } catch {
    return undefined;
  }
}

const packs = new Map<string, { stamp: string; pack: Pack }>();

/** The pack in the cache folder `dir`: the copy kept from an earlier request while the file is unchanged, else read. */
export async function readPack(dir: string): Promise<Pack> {
  if (!on) return Pack.read(dir);
  const stamp = stampAt(packFile(dir));
  const kept = packs.get(dir);
  lastRequest.packRead = !(stamp && kept?.stamp === stamp);
  if (!lastRequest.packRead) return kept!.pack;
  packs.delete(dir);
  // The stamp is taken before reading: should the file change meanwhile, the next request reads it again.
  const pack = await Pack.read(dir);
  if (stamp) packs.set(dir, { stamp, pack });
  return pack;
}

/**
 * After this process wrote the pack (`lines` appended to `before`, or written as the whole new pack):
 * keep what the file now holds, if `before` was the kept copy of it (a pack from elsewhere is read again).
 */
export function packWritten(dir: string, before: Pack, mode: "append" | "rewrite", lines: readonly PackLine[]): void {
  if (!on || packs.get(dir)?.pack !== before) return;
  const stamp = stampAt(packFile(dir));
  if (!stamp) return void packs.delete(dir);
  packs.set(dir, { stamp, pack: mode === "append" ? before.withLines(lines) : Pack.ofLines(lines) });
}

const results = new WeakMap<Buffer, DocumentResult>();

/** The result of a pack line; a line of a kept pack is parsed once per process. */
export function resultOfLine(line: PackLine, strings?: SharedStrings): DocumentResult | undefined {
  if (!on || typeof line === "string") return resultOf(line, strings);
  const known = results.get(line);
  if (known) return known;
  const result = resultOf(line, strings);
  if (result) results.set(line, result);
  return result;
}

let lastRegistry: { results: readonly DocumentResult[]; registry: Registry } | undefined;

/**
 * The registry built from these registry files' results: the one of the last request when they are
 * the very results kept then (same keys, so same files, paths and program). What rules work out from
 * a registry once (the names to match, the titles to cite) is then not worked out again.
 */
export function keptRegistry(results: readonly DocumentResult[], build: () => Registry): Registry {
  if (!on) return build();
  const last = lastRegistry;
  if (last && last.results.length === results.length && last.results.every((r, i) => r === results[i])) return last.registry;
  const registry = build();
  lastRegistry = { results, registry };
  return registry;
}

const rendered = new WeakMap<DocumentResult, { signature: string; diagnostics: readonly Diagnostic[] }>();

/**
 * A kept result's reports as rendered under `signature` (the reporter's language and severities):
 * rendered once per process, not on every request. The diagnostics are frozen, since every request
 * shares them.
 */
export function renderedReports(result: DocumentResult, signature: string, render: () => Diagnostic[]): readonly Diagnostic[] {
  if (!on) return render();
  const known = rendered.get(result);
  if (known?.signature === signature) return known.diagnostics;
  const diagnostics = render().map((d) => Object.freeze(d));
  rendered.set(result, { signature, diagnostics });
  return diagnostics;
}

let keys = { previous: new Map<string, string>(), current: new Map<string, string>() };

/**
 * A document's cache key by what it is made of (`of`: the environment, the shared texts, the path and
 * the file's hash): worked out once while the same document is asked for in every request. What a
 * request does not ask for is let go at the next (`turnKeys`).
 */
export function keptKey(of: string, make: () => string): string {
  if (!on) return make();
  let key = keys.current.get(of) ?? keys.previous.get(of);
  key ??= make();
  keys.current.set(of, key);
  return key;
}

/** A request has worked out its keys. */
export function turnKeys(): void {
  if (on) keys = { previous: keys.current, current: new Map() };
}

const lineIndexes = new WeakMap<DocumentResult, LineIndex>();

/**
 * The line index of a kept result's text: made once per process, so a document's places are worked
 * out once and not on every request (a kept result is only ever used with the text its key names).
 */
export function linesFor(result: DocumentResult, text: string): LineIndex | undefined {
  if (!on) return undefined;
  const known = lineIndexes.get(result);
  if (known?.text === text) return known;
  const lines = new LineIndex(text);
  lineIndexes.set(result, lines);
  return lines;
}

/** Input files' texts by real path and kind, kept from the last request (see the comment at the top). */
class KeptFiles implements KnownFiles {
  private previous = new Map<string, CleanText>();
  private current = new Map<string, CleanText>();

  get(real: string, kind: string, stamp: string, maxDepth: number): CleanText | undefined {
    const key = `${kind}\0${real}`;
    const kept = this.previous.get(key) ?? this.current.get(key);
    if (kept?.stamp !== stamp || kept.maxDepth !== maxDepth) return undefined;
    this.current.set(key, kept);
    lastRequest.filesKept++;
    return kept;
  }

  set(real: string, kind: string, text: CleanText, readAt: number, changedAt: number | undefined): void {
    // Without times (a staged file, whose stamp is its object id) nothing is racy.
    if (changedAt !== undefined && readAt - changedAt < RACY_MS) return;
    this.current.set(`${kind}\0${real}`, text);
  }

  /** A request is over: what it did not read is let go (removed or renamed files do not pile up). */
  turn(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  clear(): void {
    this.previous.clear();
    this.current.clear();
  }
}

const files = new KeptFiles();

const blobs = new Map<string, Buffer>();

/** Registry files' results by their cache key (check.ts), which names everything they depend on. */
const registryResults = new Map<string, DocumentResult>();
/** A registry has a handful of files: more keys than this are versions no request asks for any more. */
const MAX_REGISTRY_RESULTS = 64;

export function keptRegistryResult(key: string): DocumentResult | undefined {
  return on ? registryResults.get(key) : undefined;
}

export function keepRegistryResult(key: string, result: DocumentResult): void {
  if (!on) return;
  if (registryResults.size >= MAX_REGISTRY_RESULTS) registryResults.clear();
  registryResults.set(key, result);
}

/** The staged blobs of the last `check --staged` request, by object id (load/staged.ts): undefined outside the resident checker. */
export function keptBlobs(): Map<string, Buffer> | undefined {
  return on ? blobs : undefined;
}

/** The kept input files for one request (undefined outside the resident checker); call `done` when it has loaded. */
export function keptFiles(): { files: KnownFiles; done(): void } | undefined {
  lastRequest.filesKept = 0;
  return on ? { files, done: () => files.turn() } : undefined;
}

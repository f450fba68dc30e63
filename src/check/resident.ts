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
import { sharedTextsHash, type documentKey } from "./cache.js";
import type { SharedTexts } from "../load/shared.js";
import type { SourceFile } from "../load/source.js";
import type { DocumentResult } from "./result.js";
import type { Registry } from "../link/registry.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { LineIndex } from "../util/lines.js";
import { remember } from "../util/remember.js";

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
    keys.clear();
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

/**
 * What the last request used and what this one has used so far: an entry this request does not use
 * is let go at the next turn (removed or renamed files, old versions do not pile up).
 */
class Generations<V> {
  private previous = new Map<string, V>();
  private current = new Map<string, V>();

  /** The entry if it is still `usable`, and then kept for the next request too. */
  get(key: string, usable: (value: V) => boolean = () => true): V | undefined {
    const value = this.current.get(key) ?? this.previous.get(key);
    if (value === undefined || !usable(value)) return undefined;
    this.current.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.current.set(key, value);
  }

  /** A request is over. */
  turn(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  clear(): void {
    this.previous.clear();
    this.current.clear();
  }
}

const keys = new Generations<string>();
const sharedHashes = new WeakMap<SharedTexts, string>();

/**
 * A document's cache key (`make`, check/cache.ts documentKey): kept by what it is made of (the
 * environment, the shared texts, the path and the file's hash), so it is worked out once while the
 * same document is asked for in every request.
 */
export function keptKey(env: string, source: SourceFile, shared: SharedTexts, make: typeof documentKey): string {
  if (!on || source.hash === undefined) return make(env, source, shared);
  const texts = remember(sharedHashes, shared, () => sharedTextsHash(shared));
  const of = `${env}\0${texts}\0${source.path}\0${source.hash}`;
  let key = keys.get(of);
  if (key === undefined) keys.set(of, (key = make(env, source, shared)));
  return key;
}

/** A request has worked out its keys: those it did not ask for are let go at the next. */
export function turnKeys(): void {
  if (on) keys.turn();
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
  private readonly texts = new Generations<CleanText>();

  get(real: string, kind: string, stamp: string, maxDepth: number): CleanText | undefined {
    const kept = this.texts.get(`${kind}\0${real}`, (text) => text.stamp === stamp && text.maxDepth === maxDepth);
    if (kept) lastRequest.filesKept++;
    return kept;
  }

  set(real: string, kind: string, text: CleanText, readAt: number, changedAt: number | undefined): void {
    // Without times (a staged file, whose stamp is its object id) nothing is racy.
    if (changedAt !== undefined && readAt - changedAt < RACY_MS) return;
    this.texts.set(`${kind}\0${real}`, text);
  }

  turn(): void {
    this.texts.turn();
  }

  clear(): void {
    this.texts.clear();
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

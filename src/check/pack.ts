/**
 * The check cache as one packed file (`.mandat-cache/check/pack/results`), like git's index: a line
 * per document path with the document's key (check/cache.ts) and its result. A warm run reads one
 * file instead of one per document, and parses only the results it uses; a result's places (where
 * each frontmatter value is, needed only to place a diagnostic) stay text until a diagnostic asks for
 * them, and are kept as bare offsets when the data gives their paths (parse/place.ts compactPlaces).
 *
 * Still content-addressed: a line is used only when its key equals the document's key now, so a
 * stale or foreign line is never read, only replaced. A run that checked a few documents appends
 * their lines (a later line for a path wins), so one changed file writes one line, not the whole
 * pack; when most of the file is lines nobody uses any more, the pack is written whole to a temporary
 * file and renamed into place (compacted). Every line ends in a mark, so a line cut short by a killed
 * run is seen as damaged; two runs may share the pack (appends are whole lines, and the last rename
 * wins; every line in either pack is right for its key). Deleting it (or the whole folder) only costs
 * time; a damaged line is a miss.
 */
import { isAscii } from "node:buffer";
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { tempPath } from "../cache/store.js";
import { compactPlaces, expandPlaces } from "../parse/place.js";
import type { Places } from "../parse/doc.js";
import { isCrash, type DocumentResult } from "./result.js";

/** Bump when the line format or what a result holds changes: an older pack is then ignored as a whole. */
const HEADER = "mandat-check-pack 5";
const TAB = 9;
const NEWLINE = 10;
const NEWLINE_BYTE = Buffer.from("\n");
/** The last field of every line: a line without it was cut short. */
const END = "$";

/**
 * JSON with every character beyond ASCII written as `\uXXXX`: the pack is then read as one-byte
 * text (half the memory of Swedish text decoded from UTF-8, and several times faster to read).
 */
function ascii(json: string): string {
  return json.replace(/[^\x00-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * A line: JSON path, key, JSON result (without places and tree), JSON places and the end mark, separated by tabs.
 * JSON text never holds a raw tab or newline, so the separators are unambiguous. A line read from the
 * pack stays bytes (a view into the file read once) until its result is used; one made in this run is text.
 */
export type PackLine = string | Buffer;

export class Pack {
  private constructor(
    private readonly lines: Map<string, Buffer>,
    /** Size of the pack file read; 0 when there was none (or it was not ours). */
    readonly fileBytes = 0,
  ) {}

  static empty(): Pack {
    return new Pack(new Map());
  }

  /**
   * The pack in `dir` (the cache folder), or an empty one when there is none or it is not ours. Read
   * by libuv's threads while this thread goes on (a check reads its documents meanwhile); its lines
   * are indexed when it is awaited.
   */
  static async read(dir: string): Promise<Pack> {
    try {
      return Pack.of(await readFile(packFile(dir)));
    } catch {
      return Pack.empty();
    }
  }

  /** A pack holding just these lines, as a pack file written from them would (resident.ts). */
  static ofLines(lines: readonly PackLine[]): Pack {
    return Pack.empty().withLines(lines, HEADER.length + 1);
  }

  /** This pack with `lines` appended, as the file is after appending them (a later line for a path wins). */
  withLines(lines: readonly PackLine[], bytes = this.fileBytes + 1): Pack {
    const next = new Map(this.lines);
    for (const text of lines) {
      const line = typeof text === "string" ? Buffer.from(text, "latin1") : text;
      bytes += line.length + 1;
      const tab = line.indexOf(TAB);
      if (tab > 0) next.set(JSON.parse(line.toString("latin1", 0, tab)) as string, line);
    }
    return new Pack(next, bytes);
  }

  private static of(bytes: Buffer): Pack {
    // The pack is ASCII (see ascii above), so its bytes are its characters: only the parts used are made text.
    if (!isAscii(bytes) || !bytes.subarray(0, HEADER.length + 1).equals(Buffer.from(`${HEADER}\n`))) return Pack.empty();
    const lines = new Map<string, Buffer>();
    for (let start = HEADER.length + 1; start < bytes.length; ) {
      let end = bytes.indexOf(NEWLINE, start);
      if (end < 0) end = bytes.length;
      const tab = bytes.indexOf(TAB, start);
      if (tab > start && tab < end) {
        try {
          lines.set(JSON.parse(bytes.toString("latin1", start, tab)) as string, bytes.subarray(start, end));
        } catch {
          // A damaged line is a miss.
        }
      }
      start = end + 1;
    }
    return new Pack(lines, bytes.length);
  }

  get size(): number {
    return this.lines.size;
  }

  /** The line kept for `path` if it was made with `key`, else undefined. */
  lineFor(path: string, key: string): PackLine | undefined {
    const line = this.lines.get(path);
    if (!line) return undefined;
    const from = line.indexOf(TAB) + 1;
    return line.toString("latin1", from, from + key.length) === key && line[from + key.length] === TAB ? line : undefined;
  }

  /** Paths with a line, for keeping the lines of documents a run did not look at. */
  paths(): IterableIterator<string> {
    return this.lines.keys();
  }

  line(path: string): PackLine | undefined {
    return this.lines.get(path);
  }

  /** Bytes of the lines kept for these paths: what a compacted pack would hold of this file. */
  liveBytes(paths: Iterable<string>): number {
    let sum = 0;
    for (const path of paths) sum += (this.lines.get(path)?.length ?? 0) + 1;
    return sum;
  }
}

/**
 * A result as text: everything but its places, and its places apart (parsed only when a diagnostic
 * needs them). Workers send results so: a string crosses threads far more cheaply than an object graph.
 */
export interface PackedResult {
  entry: string;
  places: string;
  /** The result holds an internal error (result.ts isCrash): such a result is not cached. */
  crash?: true;
}

/** A result's text as read back: the places may be read only when first needed. */
export interface StoredResult {
  entry: string;
  places: string | (() => string);
}

export function packResult(result: DocumentResult): PackedResult {
  const { tree: _tree, facts, ...rest } = result;
  const { places, ...other } = facts;
  // Most of a result's bytes are its places: kept as a list of offsets when the data gives their paths.
  const kept = places && (compactPlaces(facts.data, places) ?? places);
  return { entry: ascii(JSON.stringify({ ...rest, facts: other })), places: ascii(JSON.stringify(kept ?? null)), ...(isCrash(result) && { crash: true as const }) };
}

/**
 * One copy of each string in the results a run reads. JSON.parse makes a new string for every value,
 * and thousands of documents repeat the same paragraphs, ids, paths and frontmatter values: at 10,000
 * documents the results held for the corpus rules take half the memory with one copy of each.
 * Strings only (they cannot be changed), so sharing them changes nothing a rule sees.
 */
export class SharedStrings {
  private readonly seen = new Map<string, string>();

  /** `value` with each string in it (at any depth) replaced, in place, by the first equal one met. */
  share<T>(value: T): T {
    return this.walk(value) as T;
  }

  private walk(value: unknown): unknown {
    if (typeof value === "string") {
      const known = this.seen.get(value);
      if (known !== undefined) return known;
      this.seen.set(value, value);
      return value;
    }
    if (typeof value !== "object" || value === null) return value;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.walk(value[i]);
      return value;
    }
    const object = value as Record<string, unknown>;
    // In place: a "__proto__" key JSON.parse made is an own property, so assigning to it sets that property, never the prototype.
    for (const key of Object.keys(object)) object[key] = this.walk(object[key]);
    return object;
  }
}

/** The result again, or undefined for damaged text; its places are parsed on first use. With `strings`, its strings are shared with the run's other results. */
export function unpackResult(packed: StoredResult, strings?: SharedStrings): DocumentResult | undefined {
  try {
    const result = JSON.parse(packed.entry) as DocumentResult;
    if (!result.facts || !Array.isArray(result.reports) || !Array.isArray(result.shared)) return undefined;
    strings?.share(result);
    let places: DocumentResult["facts"]["places"] | null | undefined;
    // Only the places' text is kept for later, never the whole packed result (its entry text is spent).
    let text: StoredResult["places"] | undefined = packed.places;
    Object.defineProperty(result.facts, "places", {
      enumerable: true,
      configurable: true,
      get: () => {
        if (places === undefined) {
          const kept = JSON.parse(typeof text === "string" ? text : text!()) as Places | (number | null)[] | null;
          places = Array.isArray(kept) ? (expandPlaces(result.facts.data, kept) ?? null) : kept;
          text = undefined;
        }
        return places ?? undefined;
      },
    });
    return result;
  } catch {
    return undefined;
  }
}

/** A result as a line of the pack. */
export function lineOf(path: string, key: string, packed: PackedResult): PackLine {
  return [ascii(JSON.stringify(path)), key, packed.entry, packed.places, END].join("\t");
}

/** The result of a line, or undefined for a damaged one. */
export function resultOf(line: PackLine, strings?: SharedStrings): DocumentResult | undefined {
  if (typeof line === "string") {
    const parts = line.split("\t");
    return parts.length === 5 && parts[4] === END ? unpackResult({ entry: parts[2]!, places: parts[3]! }, strings) : undefined;
  }
  const first = line.indexOf(TAB);
  const second = line.indexOf(TAB, first + 1);
  const third = line.indexOf(TAB, second + 1);
  const fourth = line.indexOf(TAB, third + 1);
  if (first < 0 || second < 0 || third < 0 || fourth !== line.length - 2 || line[line.length - 1] !== END.charCodeAt(0)) return undefined;
  return unpackResult({ entry: line.toString("latin1", second + 1, third), places: () => line.toString("latin1", third + 1, fourth) }, strings);
}

/**
 * Writes pack lines a few hundred kB at a time: "rewrite" writes a whole new pack to a temporary file
 * and puts it in place on commit(); "append" adds lines to the end of the pack there is.
 */
export class PackWriter {
  private fd: number | undefined;
  private readonly temp: string | undefined;
  private chunk: Buffer[] = [];
  private chunkSize = 0;
  /** The lines added, when asked to keep them (the resident checker keeps the pack it wrote). */
  readonly added: PackLine[] | undefined;

  constructor(
    private readonly dir: string,
    readonly mode: "rewrite" | "append" = "rewrite",
    keepLines = false,
  ) {
    this.added = keepLines ? [] : undefined;
    // In the cache's one folder of temporary files, where those of killed runs are swept (cache/store.ts).
    this.temp = mode === "rewrite" ? tempPath(dir) : undefined;
    try {
      mkdirSync(join(dir, "tmp"), { recursive: true });
      mkdirSync(join(dir, "check", "pack"), { recursive: true });
      if (this.temp) {
        this.fd = openSync(this.temp, "w");
        this.write(HEADER);
      } else {
        this.fd = openSync(packFile(dir), "a");
        // Ends a line a killed run left without its newline (the line itself lacks its end mark).
        this.chunk.push(NEWLINE_BYTE);
      }
    } catch {
      this.fd = undefined; // An unwritable cache only costs the cache, never the run.
    }
  }

  add(line: PackLine): void {
    this.added?.push(line);
    this.write(line);
  }

  private write(line: PackLine): void {
    if (this.fd === undefined) return;
    this.chunk.push(typeof line === "string" ? Buffer.from(line, "latin1") : line, NEWLINE_BYTE);
    this.chunkSize += line.length + 1;
    if (this.chunkSize > 256 * 1024) this.flush();
  }

  private flush(): void {
    if (this.fd === undefined || this.chunk.length === 0) return;
    try {
      // One write per chunk: appended lines arrive whole, even when another run appends too.
      writeSync(this.fd, Buffer.concat(this.chunk));
    } catch {
      this.abandon();
    }
    this.chunk = [];
    this.chunkSize = 0;
  }

  /** Put the new pack in place of the old one, or finish appending; false when the pack could not be written. */
  commit(): boolean {
    this.flush();
    if (this.fd === undefined) return false;
    try {
      closeSync(this.fd);
      this.fd = undefined;
      if (this.temp) renameSync(this.temp, packFile(this.dir));
      return true;
    } catch {
      this.abandon();
      return false;
    }
  }

  /** Leave the old pack as it is (lines already appended stay: each is right for its key). */
  abandon(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.temp) rmSync(this.temp, { force: true });
  }
}

/** The pack's file in the cache folder `dir`. */
export function packFile(dir: string): string {
  return join(dir, "check", "pack", "results");
}

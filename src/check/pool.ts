/**
 * Checks many documents: on both cores through a worker pool (piscina) when there are many and mandat
 * runs compiled, else in this thread. Results come back as plain data, so the main thread never holds
 * every document's tree at once.
 */
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { Config } from "../config/types.js";
import type { SharedTexts } from "../load/shared.js";
import type { SourceFile } from "../load/source.js";
import { checkDocument, type DocumentEnv, type DocumentResult } from "./document.js";
import { packResult, unpackResult, type PackedResult, type SharedStrings } from "./pack.js";

/** What a worker needs to rebuild the environment (plain data only). */
export interface WorkerSetup {
  shared: SharedTexts;
  registry: SourceFile[];
  config: Config;
  today: string;
}

/** Below this many documents to check, starting workers costs more than it saves. */
export const POOL_THRESHOLD = 150;
const BATCH = 25;

export interface PoolOptions {
  /** Worker threads; 1 = this thread only. Default: the machine's parallelism from POOL_THRESHOLD documents on (built-in types only). */
  jobs?: number;
  /** The document types are mandat's own (workers import them; custom types stay in this thread). */
  builtinTypes: boolean;
  setup: WorkerSetup;
  /** Shares equal strings among the results the pool sends back (and those the run read from the cache). */
  strings?: SharedStrings;
}

/**
 * Each document's result, in order; `keep` is called with each result as text as soon as it is
 * there (for the cache), so the texts of thousands of results are never all held at once.
 */
export async function checkDocuments(sources: SourceFile[], env: DocumentEnv, options: PoolOptions, keep?: (index: number, packed: PackedResult) => void): Promise<DocumentResult[]> {
  const worker = new URL("./worker.js", import.meta.url);
  const compiled = import.meta.url.endsWith(".js");
  const jobs = options.jobs ?? availableParallelism();
  // Asked for by number (`--jobs 2`), the pool runs for any count; by default only where it pays.
  const enough = options.jobs !== undefined ? sources.length > 1 : sources.length >= POOL_THRESHOLD;
  if (!compiled || !options.builtinTypes || jobs < 2 || !enough) {
    const results: DocumentResult[] = [];
    for (const [i, source] of sources.entries()) {
      // Between documents, what runs beside them gets its turn (a corpus rule reading git, check.ts).
      if (i > 0) await new Promise((resolve) => setImmediate(resolve));
      const result = checkDocument(source, env);
      keep?.(i, packResult(result));
      results.push(result);
    }
    return results;
  }
  const { Piscina } = await import("piscina");
  const pool = new Piscina({
    filename: fileURLToPath(worker),
    workerData: options.setup,
    maxThreads: jobs,
    minThreads: jobs,
    // Both generations are capped: a worker keeps about 36 MiB alive (schemas, registry, one batch)
    // at 10,000 documents, but left alone V8 let each grow to 250 MiB of mostly garbage, half the
    // peak of a big run. Measured back to back on 1,000 and 10,000 documents: 64/128 MiB checks as
    // fast as before shared strings (10.0–10.7 s for 1,000) with a peak of 851 MiB for 10,000; 48/96 MiB and
    // 64/96 MiB made 1,000 documents 20% slower. A batch that still runs out is checked in this thread.
    resourceLimits: { maxYoungGenerationSizeMb: 64, maxOldGenerationSizeMb: 128 },
  });
  // Each result is made an object as it comes, its strings shared with the others (pack.ts
  // SharedStrings): so made, 10,000 results take less memory than their text, and the main thread
  // never holds both.
  const results: DocumentResult[] = [];
  try {
    const batches: Promise<void>[] = [];
    for (let from = 0; from < sources.length; from += BATCH) {
      const batch = sources.slice(from, from + BATCH);
      batches.push(
        (pool.run(batch) as Promise<PackedResult[]>)
          .catch(() => batch.map((source) => packResult(checkDocument(source, env))))
          .then((packed) =>
            packed.forEach((p, k) => {
              keep?.(from + k, p);
              // Made by packResult (in a worker or here): never damaged.
              results[from + k] = unpackResult(p, options.strings)!;
            }),
          ),
      );
    }
    await Promise.all(batches);
  } finally {
    await pool.destroy();
  }
  return results;
}

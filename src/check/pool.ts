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
}

export async function checkDocuments(sources: SourceFile[], env: DocumentEnv, options: PoolOptions): Promise<DocumentResult[]> {
  const worker = new URL("./worker.js", import.meta.url);
  const compiled = import.meta.url.endsWith(".js");
  const jobs = options.jobs ?? availableParallelism();
  // Asked for by number (`--jobs 2`), the pool runs for any count; by default only where it pays.
  const enough = options.jobs !== undefined ? sources.length > 1 : sources.length >= POOL_THRESHOLD;
  if (!compiled || !options.builtinTypes || jobs < 2 || !enough || env.keepTree) {
    return sources.map((source) => checkDocument(source, env));
  }
  const { Piscina } = await import("piscina");
  const pool = new Piscina({ filename: fileURLToPath(worker), workerData: options.setup, maxThreads: jobs, minThreads: jobs });
  try {
    const batches: SourceFile[][] = [];
    for (let i = 0; i < sources.length; i += BATCH) batches.push(sources.slice(i, i + BATCH));
    const results = await Promise.all(batches.map((batch) => pool.run(batch) as Promise<DocumentResult[]>));
    return results.flat();
  } finally {
    await pool.destroy();
  }
}

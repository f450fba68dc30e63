/**
 * One build for `mandat serve`, in a worker thread of its own: a fresh module graph each time, so
 * a changed schema or template is read again (the main thread's ajv keeps schemas compiled once).
 * Unchanged documents still come from the check cache and their PDFs from the PDF cache.
 */
import { parentPort, workerData } from "node:worker_threads";
import { build } from "../build.js";
import type { Config } from "../config/types.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Lang } from "../diagnostics/messages.js";
import { findChromium } from "../pdf/chromium.js";

export interface ServeBuildJob {
  root: string;
  cwd: string;
  outDir: string;
  lang: Lang;
  config: Config;
  env: NodeJS.ProcessEnv;
}

export type ServeBuildResult =
  | { ok: true; documents: number; reused: number; printed: number; ms: number; warnings: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] }
  | { ok: false; error: string };

async function run(job: ServeBuildJob): Promise<ServeBuildResult> {
  try {
    const result = await build({ root: job.root, cwd: job.cwd, outDir: job.outDir, lang: job.lang, config: job.config, printer: { executablePath: findChromium(job.env) } });
    if (!result.ok) return { ok: false, diagnostics: result.check.diagnostics };
    return { ok: true, documents: result.documents, reused: result.reused, printed: result.printed, ms: result.ms, warnings: result.check.diagnostics };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.postMessage(await run(workerData as ServeBuildJob));

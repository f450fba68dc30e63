/**
 * The thread where a printer finishes its PDFs (pdf/finisher.ts): pdf-lib reads each PDF Chromium made
 * and writes it again with mandat's metadata (finish.ts). Plain data in and out.
 */
import { parentPort } from "node:worker_threads";
import type { DocumentMeta } from "../html/types.js";
import { finishPdf } from "./finish.js";

export interface FinishRequest {
  id: number;
  pdf: Uint8Array;
  meta: DocumentMeta;
  html: string;
}

export type FinishReply = { id: number; pdf: Uint8Array } | { id: number; error: string };

const lib = import("pdf-lib");

parentPort!.on("message", ({ id, pdf, meta, html }: FinishRequest) => {
  lib
    .then((pdfLib) => finishPdf(pdfLib, pdf, meta, html))
    .then(
      (finished) => parentPort!.postMessage({ id, pdf: finished } satisfies FinishReply, [finished.buffer as ArrayBuffer]),
      (error: unknown) => parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies FinishReply),
    );
});

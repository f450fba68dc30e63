/**
 * Finishing a printed PDF (finish.ts: pdf-lib reads and rewrites it, some 50 ms per document) in a
 * thread of its own, so that this thread stays free to hand Chromium's pages their next document
 * while the last one is finished: on two cores the printer's pages otherwise waited for pdf-lib.
 * The same function on the same bytes, so the PDFs are the same. Where no thread can be used
 * (mandat run from TypeScript sources) or the thread fails, the PDF is finished in this thread.
 */
import { Worker } from "node:worker_threads";
import type { DocumentMeta } from "../html/types.js";
import { finishPdf } from "./finish.js";
import type { FinishReply, FinishRequest } from "./finish-worker.js";

export interface Finisher {
  finish(pdf: Uint8Array, meta: DocumentMeta, html: string): Promise<Uint8Array>;
  /** Stop the thread (safe to repeat); a PDF still being finished is finished in this thread. */
  close(): Promise<void>;
}

/** pdf-lib, loaded once in this thread (only when a PDF is finished here). */
let pdfLib: Promise<typeof import("pdf-lib")> | undefined;
const inline = async (pdf: Uint8Array, meta: DocumentMeta, html: string): Promise<Uint8Array> => finishPdf(await (pdfLib ??= import("pdf-lib")), pdf, meta, html);

export function openFinisher(): Finisher {
  if (!import.meta.url.endsWith(".js")) return { finish: inline, close: async () => undefined };
  let worker: Worker | undefined = new Worker(new URL("./finish-worker.js", import.meta.url));
  let next = 0;
  const pending = new Map<number, { request: FinishRequest; resolve(pdf: Uint8Array): void; reject(error: Error): void }>();
  // The thread is gone (it failed, or close() stopped it): what it still had is finished here.
  const fallBack = (): void => {
    worker = undefined;
    for (const [id, job] of pending) {
      pending.delete(id);
      inline(job.request.pdf, job.request.meta, job.request.html).then(job.resolve, job.reject);
    }
  };
  worker.on("message", (reply: FinishReply) => {
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    if ("pdf" in reply) job.resolve(reply.pdf);
    else job.reject(new Error(reply.error));
  });
  worker.on("error", fallBack);
  worker.on("exit", fallBack);
  return {
    finish(pdf, meta, html) {
      if (!worker) return inline(pdf, meta, html);
      const request: FinishRequest = { id: ++next, pdf, meta, html };
      return new Promise<Uint8Array>((resolve, reject) => {
        pending.set(request.id, { request, resolve, reject });
        worker!.postMessage(request);
      });
    },
    async close() {
      const w = worker;
      worker = undefined;
      if (w) await w.terminate();
      fallBack();
    },
  };
}

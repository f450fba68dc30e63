/**
 * Rendering with a time limit per document (config `limits.maxRenderSeconds`).
 *
 * Rendering is synchronous JavaScript, and the thread that runs it cannot stop it half way. So a
 * build renders in a worker thread of its own (html/render-worker.ts), one document at a time; when
 * a document is not done within the limit, the thread is stopped (Worker.terminate interrupts even a
 * loop that never yields), the document gets RenderTimeError, and the next document gets a fresh
 * thread. The limit counts from the moment the document is handed to a thread that is ready: a
 * thread's own start is not counted.
 *
 * Where no worker can run (mandat's TypeScript sources run directly, as in its unit tests, or
 * document types of a caller's own, which a worker cannot import), documents are rendered in this
 * thread and the time is checked after each one: the limit is then reported, not enforced.
 */
import { Worker } from "node:worker_threads";
import type { DocType } from "../doctypes/define.js";
import type { Registry } from "../link/registry.js";
import { letterContext, type LetterContext } from "./render.js";
import type { RenderInput } from "./types.js";

/** One document for the render thread; group links resolve through `groupHrefs` (no entry: plain text). */
export interface RenderRequest {
  id: number;
  input: RenderInput;
  groupHrefs: Record<string, string | undefined>;
}

/** `ms`: how long the thread itself took to render the document. */
export type RenderReply = { id: number; letter: LetterContext; ms: number } | { id: number; error: string };

/** A document's HTML was not rendered within the limit (the render was stopped). */
export class RenderTimeError extends Error {
  constructor(
    readonly path: string,
    readonly ms: number,
  ) {
    super(`Rendering ${path} took longer than ${ms} ms.`);
    this.name = "RenderTimeError";
  }
}

/** A document's rendering ran out of the render thread's memory (the thread was stopped). */
export class RenderMemoryError extends Error {
  constructor(
    readonly path: string,
    readonly mb: number,
  ) {
    super(`Rendering ${path} needed more than ${mb} MB.`);
    this.name = "RenderMemoryError";
  }
}

/**
 * Memory of the render thread (MB of V8's old generation). A short document can expand into a huge
 * page (a table row is filled up to its header's width); past this, the render stops with
 * RenderMemoryError instead of taking the whole process down.
 */
export const RENDER_MEMORY_MB = 1024;

export interface LimitedRenderer {
  /** The document's letter context for the site; RenderTimeError past the limit. */
  render(input: RenderInput, groupHrefs: Record<string, string | undefined>): Promise<LetterContext>;
  /** Stop the thread (safe to repeat). */
  close(): Promise<void>;
  /** Whether the limit is enforced by a thread that can be stopped (else only measured). */
  readonly enforced: boolean;
}

export interface LimitedRendererOptions {
  registry: Registry;
  types: ReadonlyMap<string, DocType>;
  /** The limit per document, in milliseconds. */
  ms: number;
  /** Render in a worker thread: only for mandat's own document types and compiled JavaScript. */
  worker: boolean;
  /** Links outside these domains are rendered as their words (link/link-verdict.ts). */
  allowedDomains?: readonly string[];
  /** The worker thread's memory in MB; default RENDER_MEMORY_MB. */
  memoryMb?: number;
}

/** The worker script next to this module, when mandat runs compiled (dist/). */
export function canUseWorker(): boolean {
  return import.meta.url.endsWith(".js");
}

export function limitedRenderer(options: LimitedRendererOptions): LimitedRenderer {
  return options.worker ? threadRenderer(options) : inlineRenderer(options);
}

/** In this thread; a render that took longer than the limit is reported after it is done. */
function inlineRenderer({ registry, types, ms, allowedDomains }: LimitedRendererOptions): LimitedRenderer {
  return {
    enforced: false,
    async render(input, groupHrefs) {
      const started = performance.now();
      const letter = letterContext(input, types.get(input.type)!, registry, { groupHref: (group) => groupHrefs[group], allowedDomains });
      if (performance.now() - started > ms) throw new RenderTimeError(input.path, ms);
      return letter;
    },
    async close() {},
  };
}

interface Thread {
  worker: Worker;
  ready: Promise<void>;
  /** The reply the thread is working on, if any. */
  pending?: { id: number; path: string; resolve(letter: LetterContext): void; reject(error: Error): void };
}

function threadRenderer({ registry, ms, allowedDomains, memoryMb = RENDER_MEMORY_MB }: LimitedRendererOptions): LimitedRenderer {
  let thread: Thread | undefined;
  let next = 0;
  let closed = false;
  // One document at a time: the limit is then the document's own time, not a queue's.
  let queue: Promise<unknown> = Promise.resolve();

  const start = (): Thread => {
    const worker = new Worker(new URL("./render-worker.js", import.meta.url), { workerData: { registry, allowedDomains }, resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
    const t: Thread = { worker, ready: Promise.resolve() };
    t.ready = new Promise<void>((resolve, reject) => {
      const fail = (error: Error): void => {
        reject(error);
        // Out of memory in the middle of a document: that document's fault, said at the document.
        const oom = (error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
        if (t.pending) t.pending.reject(oom ? new RenderMemoryError(t.pending.path, memoryMb) : error);
        t.pending = undefined;
        if (thread === t) thread = undefined;
      };
      worker.on("message", (message: "ready" | RenderReply) => {
        if (message === "ready") return resolve();
        const pending = t.pending;
        if (!pending || pending.id !== message.id) return;
        t.pending = undefined;
        // On time by the thread's own clock: this thread may have been too busy to take a reply in time.
        if ("letter" in message) {
          if (message.ms > ms) pending.reject(new RenderTimeError(pending.path, ms));
          else pending.resolve(message.letter);
        } else pending.reject(new Error(message.error));
      });
      worker.on("error", fail);
      worker.on("exit", (code) => fail(new Error(`The render thread stopped (exit code ${code}).`)));
    });
    t.ready.catch(() => undefined);
    return t;
  };

  const renderOne = async (input: RenderInput, groupHrefs: Record<string, string | undefined>): Promise<LetterContext> => {
    if (closed) throw new Error("The renderer is closed.");
    const t = (thread ??= start());
    await t.ready;
    return new Promise<LetterContext>((resolve, reject) => {
      const id = ++next;
      const timer = setTimeout(() => {
        // A reply that came while this thread was busy (the build parses the next document meanwhile)
        // is taken in first: messages are handled before setImmediate's callbacks.
        setImmediate(() => {
          if (t.pending?.id !== id) return;
          // Stopped in the middle of the render; the next document gets a new thread.
          t.pending = undefined;
          if (thread === t) thread = undefined;
          void t.worker.terminate();
          reject(new RenderTimeError(input.path, ms));
        });
      }, ms);
      t.pending = {
        id,
        path: input.path,
        resolve: (letter) => (clearTimeout(timer), resolve(letter)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      };
      const request: RenderRequest = { id, input, groupHrefs };
      t.worker.postMessage(request);
    });
  };

  return {
    enforced: true,
    render(input, groupHrefs) {
      const result = queue.then(() => renderOne(input, groupHrefs));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      closed = true;
      const t = thread;
      thread = undefined;
      if (t) await t.worker.terminate();
    },
  };
}

/**
 * The thread where a build renders documents (html/limited.ts): it gets the registry once, then one
 * document at a time, and answers with its letter context (the view with the sanitised HTML of its
 * sections). Plain data in and out. Being a thread of its own, it can be stopped in the middle of a
 * render that takes too long, which the main thread could not do to itself.
 */
import { parentPort, workerData } from "node:worker_threads";
import { byType } from "../doctypes/define.js";
import { docTypes } from "../doctypes/index.js";
import { Registry } from "../link/registry.js";
import { letterContext } from "./render.js";
import type { RenderRequest, RenderReply } from "./limited.js";

// The registry arrives as a structured clone (its Maps and arrays, without the class).
const data = workerData as { registry: Registry; allowedDomains?: readonly string[] };
const registry = Object.assign(new Registry(), data.registry);
const types = byType(docTypes);

parentPort!.on("message", ({ id, input, groupHrefs }: RenderRequest) => {
  let reply: RenderReply;
  try {
    const started = performance.now();
    const letter = letterContext(input, types.get(input.type)!, registry, { groupHref: (group) => groupHrefs[group], allowedDomains: data.allowedDomains });
    reply = { id, letter, ms: performance.now() - started };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage("ready");

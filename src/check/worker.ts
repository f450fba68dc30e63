/**
 * A worker of the pool (check/pool.ts): builds the registry once from the registry files it is
 * given, then checks the documents it is sent. Only plain data goes in and out.
 */
import { workerData } from "node:worker_threads";
import { docTypes } from "../doctypes/index.js";
import { buildRegistry } from "../link/build-registry.js";
import type { SourceFile } from "../load/source.js";
import { documentRules } from "../rules/index.js";
import { loadSchemas } from "../validate/schemas.js";
import { checkDocument, checkRegistryFile, type DocumentEnv } from "./document.js";
import { packResult, type PackedResult } from "./pack.js";
import type { WorkerSetup } from "./pool.js";

const setup = workerData as WorkerSetup;
const schemas = loadSchemas(docTypes);
const registryFiles = setup.registry.map((f) => checkRegistryFile(f, schemas, setup.config).doc);
const env: DocumentEnv = {
  shared: setup.shared,
  types: docTypes,
  registry: buildRegistry(registryFiles),
  registryFiles,
  config: setup.config,
  today: setup.today,
  rules: documentRules,
  schemas,
};

/** Check a batch of documents; the results go back as text (check/pack.ts). */
export default function run(sources: SourceFile[]): PackedResult[] {
  return sources.map((source) => packResult(checkDocument(source, env)));
}

#!/usr/bin/env node
/**
 * Compiles every JSON Schema in schemas/ once, at build time, into ONE CommonJS module of standalone
 * validators (ajv's "standalone validation code"): dist/schemas.precompiled.cjs, exporting the
 * validator of each schema by its $id plus `fingerprint` (src/validate/fingerprint.ts). A check then
 * neither imports ajv nor compiles a schema; src/validate/schemas.ts falls back to compiling at run
 * time when the schemas on disk no longer match the fingerprint. Run by `npm run compile`, `npm test`
 * and `prepack`, after tsc (it uses the compiled dist/validate/).
 */
import { renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import standaloneModule from "ajv/dist/standalone/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { createAjv } = await import(new URL("../dist/validate/ajv.js", import.meta.url).href);
const { fingerprint, readSchemaTexts, validatorVersions } = await import(new URL("../dist/validate/fingerprint.js", import.meta.url).href);
const standaloneCode = standaloneModule.default ?? standaloneModule;

const texts = readSchemaTexts(join(root, "schemas"));
const ajv = createAjv({ source: true });
const ids = {};
for (const [, text] of texts) {
  const schema = JSON.parse(text);
  ajv.addSchema(schema);
  ids[schema.$id] = schema.$id;
}
for (const id of Object.keys(ids)) ajv.getSchema(id); // compile each, so standaloneCode finds its source

const code = `${standaloneCode(ajv, ids)}\nexports.fingerprint = ${JSON.stringify(fingerprint(validatorVersions(), texts))};\n`;
const out = join(root, "dist", "schemas.precompiled.cjs");
// Written aside and renamed: a check running meanwhile reads the old module or the new, never half of one.
const temp = `${out}.${process.pid}.tmp`;
writeFileSync(temp, code);
renameSync(temp, out);
console.log(`mandat: ${Object.keys(ids).length} scheman förkompilerade till dist/schemas.precompiled.cjs.`);

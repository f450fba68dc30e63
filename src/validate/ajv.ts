/**
 * The single ajv factory: draft 2020-12, strict, every error, and the x-mandat-ref keyword.
 *
 * ajv is required only when createAjv is called: a check that uses the precompiled validators
 * (src/validate/schemas.ts) never loads it. `require`, not `import()`, because validators are made
 * on first use inside synchronous code (ajv and ajv-formats are CommonJS either way).
 */
import { createRequire } from "node:module";
import type { Ajv2020, KeywordCxt } from "ajv/dist/2020.js";
import type { DocRef } from "../parse/doc.js";

const require = createRequire(import.meta.url);

type RefKind = DocRef["kind"];

/** A reference found while validating: the schema marks reference fields with x-mandat-ref. */
export interface FoundRef {
  kind: RefKind;
  id: string;
  /** JSON pointer of the value in the validated data. */
  pointer: string;
}

/** Passed as `this` to a validate function (ajv passContext) to collect references and prose. */
export interface ValidationContext {
  refs: FoundRef[];
  /** JSON pointers of the strings the schema marks as prose (x-mandat-prose): text people wrote. */
  prose: string[];
}

export interface AjvOptions {
  validateSchema?: boolean;
  /** Keep each validator's source, for standalone code (scripts/precompile-schemas.mjs). */
  source?: boolean;
}

/**
 * `validateSchema: false` skips checking mandat's own schemas against the 2020-12 meta-schema on every
 * run (compiling the meta-schema was a tenth of a check's start-up); tests/schemas.test.ts does that
 * check once, with `createAjv({ validateSchema: true })`.
 *
 * The two keywords generate code rather than call a function, so that standalone code (the
 * precompiled validators) carries them too; `this` is the ValidationContext (passContext).
 */
export function createAjv(options: AjvOptions = {}): Ajv2020 {
  const { Ajv2020, Name, _ } = require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js");
  const { strConcat } = require("ajv/dist/compile/codegen/index.js") as typeof import("ajv/dist/compile/codegen/index.js");
  const formats = require("ajv-formats") as typeof import("ajv-formats");
  const addFormats = formats.default ?? formats;
  // The names ajv's generated code uses (ajv/dist/compile/names): the validation context (passContext)
  // and the pointer of the value validated.
  const THIS = new Name("this");
  const INSTANCE_PATH = new Name("instancePath");
  /** The JSON pointer of the value being validated, at run time: what ajv passes a validate keyword as instancePath. */
  const pointerHere = (cxt: KeywordCxt) => strConcat(INSTANCE_PATH, cxt.it.errorPath);

  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    verbose: true,
    passContext: true,
    validateSchema: options.validateSchema ?? false,
    ...(options.source ? { code: { source: true } } : {}),
  });
  addFormats(ajv, ["date", "email"]);
  ajv.addKeyword({
    keyword: "x-mandat-ref",
    schemaType: "string",
    errors: false,
    code(cxt: KeywordCxt) {
      const { gen, data, schema } = cxt;
      gen.if(_`typeof ${data} == "string" && ${THIS} && ${THIS}.refs`, () =>
        gen.code(_`${THIS}.refs.push({kind: ${schema as string}, id: ${data}, pointer: ${pointerHere(cxt)}})`),
      );
    },
  });
  ajv.addKeyword({
    keyword: "x-mandat-prose",
    schemaType: "boolean",
    errors: false,
    code(cxt: KeywordCxt) {
      const { gen, data, schema } = cxt;
      if (schema !== true) return;
      gen.if(_`typeof ${data} == "string" && ${THIS} && ${THIS}.prose`, () =>
        gen.code(_`${THIS}.prose.push(${pointerHere(cxt)})`),
      );
    },
  });
  return ajv;
}

/** The single ajv factory: draft 2020-12, strict, every error, and the x-mandat-ref keyword. */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { DocRef } from "../parse/doc.js";

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

/**
 * `validateSchema: false` skips checking mandat's own schemas against the 2020-12 meta-schema on every
 * run (compiling the meta-schema was a tenth of a check's start-up); tests/schemas.test.ts does that
 * check once, with `createAjv({ validateSchema: true })`.
 */
export function createAjv(options: { validateSchema?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, passContext: true, validateSchema: options.validateSchema ?? false });
  addFormats.default(ajv, ["date", "email"]);
  ajv.addKeyword({
    keyword: "x-mandat-ref",
    schemaType: "string",
    errors: false,
    validate: function (this: ValidationContext | undefined, kind: RefKind, data: unknown, _parent?: unknown, cxt?: { instancePath: string }) {
      if (typeof data === "string" && this?.refs && cxt) this.refs.push({ kind, id: data, pointer: cxt.instancePath });
      return true;
    },
  });
  ajv.addKeyword({
    keyword: "x-mandat-prose",
    schemaType: "boolean",
    errors: false,
    validate: function (this: ValidationContext | undefined, prose: boolean, data: unknown, _parent?: unknown, cxt?: { instancePath: string }) {
      if (prose && typeof data === "string" && this?.prose && cxt) this.prose.push(cxt.instancePath);
      return true;
    },
  });
  return ajv;
}

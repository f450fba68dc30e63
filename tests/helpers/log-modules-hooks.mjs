// Module hooks (run on the loader thread): appends each resolved URL to the log file.
import { appendFileSync } from "node:fs";

let file;
export function initialize(data) {
  file = data?.file;
}

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (file) appendFileSync(file, `${resolved.url}\n`);
  return resolved;
}

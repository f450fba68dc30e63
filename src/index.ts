/** Public API of mandat: check and build, the diagnostic type and its formatters. Nothing here prints. */
export { check, type CheckOptions, type CheckResult } from "./check.js";
export { build, type BuildOptions, type BuildProgress, type BuildResult } from "./build.js";
export type { Diagnostic, Place, Point, Related, Severity } from "./diagnostics/diagnostic.js";
export { formatStylish } from "./diagnostics/format/stylish.js";
export { formatJson } from "./diagnostics/format/json.js";
export { formatGithub } from "./diagnostics/format/github.js";
export { rules } from "./rules/index.js";
export { ChromiumNotFoundError, findChromium } from "./pdf/chromium.js";

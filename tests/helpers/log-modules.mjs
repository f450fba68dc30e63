// Preloaded with `node --import`: writes the URL of every module the process loads, one per line, to
// the file named by MANDAT_MODULE_LOG (tests/bundle.test.ts reads what a real command loads).
import { register } from "node:module";

register(new URL("./log-modules-hooks.mjs", import.meta.url), { data: { file: process.env.MANDAT_MODULE_LOG } });

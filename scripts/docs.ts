// Regenerates docs/regler.md from the rule metadata.
import { writeFileSync } from "node:fs";
import { ruleDocs } from "../src/rules/docs.js";

writeFileSync(new URL("../docs/regler.md", import.meta.url), ruleDocs("sv"));

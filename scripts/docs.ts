// Regenerates what is derived from the rules' metadata: docs/regler.md and schemas/config.schema.json.
import { writeFileSync } from "node:fs";
import { configSchema } from "../src/config/schema.js";
import { ruleDocs } from "../src/rules/docs.js";
import { rules } from "../src/rules/index.js";

writeFileSync(new URL("../docs/regler.md", import.meta.url), ruleDocs("sv"));
writeFileSync(new URL("../schemas/config.schema.json", import.meta.url), JSON.stringify(configSchema(rules), null, 2) + "\n");

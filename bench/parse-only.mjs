/**
 * The floor under a cold `mandat check`: only parsing, as mandat parses, over every document under
 * mandates/ of the folder it runs in, in one thread: the Markdown (src/parse/markdown.ts: unified +
 * remark-parse + remark-frontmatter + remark-gfm) and the YAML frontmatter (src/parse/yaml.ts).
 * Nothing is validated or checked. bench/run.ts prints its time beside Eleventy's build of the same
 * files. It prints the time of each parser on stderr.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseMarkdown } from "../dist/parse/markdown.js";
import { parseYaml } from "../dist/parse/yaml.js";

const files = readdirSync("mandates", { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".md") && !f.startsWith("standardtexter"));
let nodes = 0;
let markdownMs = 0;
let yamlMs = 0;
for (const file of files) {
  const text = readFileSync(join("mandates", file), "utf8");
  const started = performance.now();
  const tree = parseMarkdown(text);
  const parsed = performance.now();
  const frontmatter = tree.children[0]?.type === "yaml" ? tree.children[0].value : "";
  parseYaml(frontmatter);
  markdownMs += parsed - started;
  yamlMs += performance.now() - parsed;
  nodes += tree.children.length;
}
console.log(`${files.length} documents parsed, ${nodes} top-level nodes`);
console.error(`Markdown ${(markdownMs / 1000).toFixed(2)} s, YAML ${(yamlMs / 1000).toFixed(2)} s`);

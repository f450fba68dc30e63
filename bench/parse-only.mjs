/**
 * The floor under a cold `mandat check`: only the Markdown parser mandat is built on (unified +
 * remark-parse + remark-frontmatter + remark-gfm, as src/parse/markdown.ts uses it) over every
 * document under mandates/ of the folder it runs in, in one thread. Nothing is validated or checked.
 * bench/run.ts prints its time beside Eleventy's build of the same files.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm);
const files = readdirSync("mandates", { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".md") && !f.startsWith("standardtexter"));
let nodes = 0;
for (const file of files) {
  const tree = processor.parse(readFileSync(join("mandates", file), "utf8"));
  nodes += tree.children.length;
}
console.log(`${files.length} documents parsed, ${nodes} top-level nodes`);

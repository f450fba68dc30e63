/** The one Markdown processor: CommonMark + GFM + YAML frontmatter, for documents and shared texts alike. */
import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const base = unified().use(remarkParse).use(remarkGfm).freeze();
const withFrontmatter = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm).freeze();

/** Parse Markdown; in a document (not a shared text) a leading `---` block becomes a `yaml` node. */
export function parseMarkdown(text: string, options: { frontmatter: boolean } = { frontmatter: true }): Root {
  return (options.frontmatter ? withFrontmatter : base).parse(text) as Root;
}

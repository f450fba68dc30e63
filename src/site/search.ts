/**
 * The search index: Pagefind (a static search library; its indexer is a binary from the npm
 * registry, its in-browser part plain files) indexes the rendered pages in memory with Swedish
 * stemming, so "uppdraget" finds "uppdrag". The index files go into the output like any page;
 * search.js (templates/) asks pagefind.js in the browser. No server.
 */
import { close, createIndex } from "pagefind";
import type { OutputFile } from "./write.js";

export const SEARCH_DIR = "pagefind";

/** Index files for `pages` (root-relative paths), to be written under pagefind/. */
/** Builds in this process using the indexer now: the shared service closes after the last one. */
let users = 0;

export async function searchIndex(pages: readonly OutputFile[]): Promise<OutputFile[]> {
  users++;
  try {
    const { index, errors } = await createIndex({ forceLanguage: "sv" });
    if (!index) throw new Error(`Sökindexet kunde inte skapas: ${errors.join("; ")}`);
    for (const page of pages) {
      // The URL is stored without a leading slash; search.js resolves it against the site root.
      const added = await index.addHTMLFile({ url: page.path, content: String(page.content) });
      if (added.errors.length > 0) throw new Error(`Sökindexet: ${page.path}: ${added.errors.join("; ")}`);
    }
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length > 0) throw new Error(`Sökindexet: ${fileErrors.join("; ")}`);
    await index.deleteIndex();
    return files.map((f) => ({ path: `${SEARCH_DIR}/${f.path}`, content: Buffer.from(f.content) }));
  } finally {
    // The indexer is one child process per Node process, shared by concurrent builds; the last
    // build to finish stops it, so none is left behind.
    if (--users === 0) await close();
  }
}

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
    // Every page is sent at once rather than waiting for each answer: the indexer's service reads its
    // requests in the order they were written and handles them one after another, so the index is the
    // same, without a round trip per page.
    // The URL is stored without a leading slash; search.js resolves it against the site root.
    const added = await Promise.all(pages.map((page) => index.addHTMLFile({ url: page.path, content: String(page.content) })));
    added.forEach(({ errors }, i) => {
      if (errors.length > 0) throw new Error(`Sökindexet: ${pages[i]!.path}: ${errors.join("; ")}`);
    });
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

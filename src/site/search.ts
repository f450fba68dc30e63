/**
 * The search index: Pagefind (a static search library; its indexer is a binary from the npm
 * registry, its in-browser part plain files) indexes the rendered pages in memory with Swedish
 * stemming, so "uppdraget" finds "uppdrag". The index files go into the output like any page;
 * search.js (templates/) asks pagefind.js in the browser. No server.
 */
import { close, createIndex } from "pagefind";
import type { OutputFile } from "./write.js";

export const SEARCH_DIR = "pagefind";

/** Builds in this process using the indexer now: the shared service closes after the last one. */
let users = 0;

export interface SearchIndexer {
  /** Sends a page to the indexer now; pages are indexed in the order they are added. */
  add(page: OutputFile): void;
  /** Index files for the pages added (root-relative paths), to be written under pagefind/. */
  files(): Promise<OutputFile[]>;
}

/**
 * An index that takes pages as they are made: the indexer (its own process) works on the pages
 * already sent while this thread lays out and renders the next ones. The indexer's service reads its
 * requests in the order they were written and handles them one after another, so the index is the
 * same as when every page was sent at once (the order matters: it is the order of the pages).
 * files() must be called, also after a failure, so that the service is released.
 */
export function searchIndexer(): SearchIndexer {
  users++;
  const opened = createIndex({ forceLanguage: "sv" }).then(({ index, errors }) => {
    if (!index) throw new Error(`Sökindexet kunde inte skapas: ${errors.join("; ")}`);
    return index;
  });
  opened.catch(() => undefined); // reported by files()
  const added: { path: string; result: Promise<{ errors: string[] }> }[] = [];
  return {
    add(page) {
      // The URL is stored without a leading slash; search.js resolves it against the site root.
      const result = opened.then((index) => index.addHTMLFile({ url: page.path, content: String(page.content) }));
      result.catch(() => undefined); // reported by files()
      added.push({ path: page.path, result });
    },
    async files() {
      try {
        const index = await opened;
        for (const { path, result } of added) {
          const { errors } = await result;
          if (errors.length > 0) throw new Error(`Sökindexet: ${path}: ${errors.join("; ")}`);
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
    },
  };
}

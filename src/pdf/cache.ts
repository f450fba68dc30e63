/**
 * Reprint only what changed. A printed PDF is kept in the content-addressed store (kind "pdf")
 * under the hash of everything that can change its bytes:
 *
 * - the document's print HTML (templates, CSS and included shared texts are already inlined),
 * - the metadata pdf-lib writes into it (title, subject, keywords, date),
 * - the print settings (page format, margins, header and footer templates, Chromium's flags, the
 *   fixed author/creator/producer/language),
 * - the Chromium version and the machine's fonts (fontconfig's configuration and caches, which
 *   change when fonts are installed or removed: an unnamed or missing font renders differently),
 * - mandat's version, the versions of puppeteer-core and pdf-lib, and the text of the print code
 *   itself (print.ts and this file), so any change to how mandat prints reprints everything.
 *
 * An entry is a one-line header with the PDF's length and sha256, then the PDF. A read checks
 * both and that the bytes are a PDF (`%PDF-` … `%%EOF`), so a truncated or altered file on disk is
 * never served: it counts as damaged, and the document is printed again and the entry rewritten.
 */
import { createHash } from "node:crypto";
import { lstat, readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { hashOf, type Store } from "../cache/store.js";
import type { DocumentMeta } from "../html/types.js";
import { FINISH_CODE_FILES } from "./finish.js";
import { PRINT_CODE_FILE, PRINT_SETTINGS } from "./print.js";

/** The store's kind for printed PDFs. */
export const PDF_KIND = "pdf";
/** Version of the key and entry layout below. */
const FORMAT = "mandat-pdf/1";
const HEADER = /^mandat-pdf\/1 sha256=([0-9a-f]{64}) length=(\d+)$/;

export type CachedPdf = { status: "hit"; pdf: Buffer } | { status: "miss" } | { status: "damaged" };

let identity: Promise<string> | undefined;

/** mandat's own version, its printing libraries' versions and the print code's text, hashed once per process. */
export function printCodeIdentity(): Promise<string> {
  identity ??= (async () => {
    const require = createRequire(import.meta.url);
    const version = (spec: string): string => {
      try {
        return String((require(spec) as { version?: unknown }).version);
      } catch {
        return "?";
      }
    };
    const files = [PRINT_CODE_FILE, ...FINISH_CODE_FILES, fileURLToPath(import.meta.url)];
    const sources = await Promise.all(files.map((file) => readFile(file)));
    return hashOf(
      `mandat ${version("../../package.json")}`,
      `puppeteer-core ${version("puppeteer-core/package.json")}`,
      `pdf-lib ${version("pdf-lib/package.json")}`,
      ...sources,
    );
  })();
  return identity;
}

let fonts: Promise<string> | undefined;

/**
 * The machine's fonts as Chromium finds them through fontconfig: name, size and time of every entry
 * of its configuration and cache folders (installing or removing a font rewrites the caches).
 * Once per process; folders that do not exist count as empty.
 */
export function fontsFingerprint(): Promise<string> {
  fonts ??= (async () => {
    const cacheHome = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
    const dirs = ["/etc/fonts", "/etc/fonts/conf.d", "/var/cache/fontconfig", join(cacheHome, "fontconfig")];
    const lines: string[] = [];
    for (const dir of dirs) {
      const names = await readdir(dir).catch(() => [] as string[]);
      for (const name of names.sort()) {
        const info = await lstat(join(dir, name)).catch(() => undefined);
        if (info) lines.push(`${dir}/${name} ${info.size} ${info.mtimeMs}`);
      }
    }
    return hashOf(...lines);
  })();
  return fonts;
}

/** JSON with object keys sorted, so the key does not depend on the order fields were set in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** The cache key of a document's PDF; `chromium` is the printing browser's version. */
export async function pdfKey(html: string, meta: DocumentMeta, chromium: string): Promise<string> {
  const [code, fontSet] = await Promise.all([printCodeIdentity(), fontsFingerprint()]);
  return hashOf(FORMAT, code, chromium, fontSet, canonical(PRINT_SETTINGS), canonical(meta), html);
}

const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** The bytes stored for `pdf`: header line with sha256 and length, then the PDF itself. */
export function encodeEntry(pdf: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(`${FORMAT} sha256=${sha256(pdf)} length=${pdf.length}\n`, "latin1"), pdf]);
}

/** The PDF of a stored entry, or undefined when the entry is not exactly what encodeEntry wrote. */
export function decodeEntry(entry: Uint8Array): Buffer | undefined {
  const bytes = Buffer.from(entry.buffer, entry.byteOffset, entry.byteLength);
  const newline = bytes.indexOf(0x0a);
  if (newline < 0 || newline > 200) return undefined;
  const header = HEADER.exec(bytes.subarray(0, newline).toString("latin1"));
  if (!header) return undefined;
  const pdf = bytes.subarray(newline + 1);
  if (pdf.length !== Number(header[2])) return undefined;
  if (pdf.subarray(0, 5).toString("latin1") !== "%PDF-") return undefined;
  if (!/%%EOF\s*$/.test(pdf.subarray(Math.max(0, pdf.length - 32)).toString("latin1"))) return undefined;
  if (sha256(pdf) !== header[1]) return undefined;
  return pdf;
}

/** Look a PDF up: a verified hit, nothing stored, or a stored entry that failed verification. */
export async function readCachedPdf(store: Store, key: string): Promise<CachedPdf> {
  const entry = await store.get(PDF_KIND, key);
  if (!entry) return { status: "miss" };
  const pdf = decodeEntry(entry);
  return pdf ? { status: "hit", pdf } : { status: "damaged" };
}

/** Keep a freshly printed PDF for the next build (a store that cannot write only loses the cache). */
export function writeCachedPdf(store: Store, key: string, pdf: Uint8Array): Promise<void> {
  return store.put(PDF_KIND, key, encodeEntry(pdf));
}

/** The repository under test, and throw-away copies of its documents. */
import { cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Git-ignored scratch space of the tests. */
export const TMP_ROOT = join(REPO_ROOT, "tests", ".tmp");

/** Timeouts for tests that start Chromium (the machine is shared and can be slow). */
export const BROWSER_TIMEOUT = 60_000;

/** A fresh, empty temporary folder under tests/.tmp/. */
export async function tempDir(prefix: string): Promise<string> {
  await mkdir(TMP_ROOT, { recursive: true });
  return mkdtemp(join(TMP_ROOT, `${prefix}-`));
}

/** A temporary root holding a copy of the repository's mandates/ (registry included) and its config. */
export async function copyRepo(prefix: string): Promise<string> {
  const root = await tempDir(prefix);
  await cp(join(REPO_ROOT, "mandates"), join(root, "mandates"), { recursive: true });
  await cp(join(REPO_ROOT, "mandat.config.json"), join(root, "mandat.config.json"));
  return root;
}

export async function removeDir(dir: string | undefined): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
}

/** Escape text as Handlebars does, to find a name in rendered HTML. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;")
    .replace(/`/g, "&#x60;")
    .replace(/=/g, "&#x3D;");
}

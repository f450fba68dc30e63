/** Real poppler tools on PDFs written by the tests. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Text of a PDF via `pdftotext -layout` (default) or `-raw`. */
export async function pdfText(file: string, mode: "layout" | "raw" = "layout"): Promise<string> {
  const { stdout } = await run("pdftotext", [`-${mode}`, "-enc", "UTF-8", file, "-"], { maxBuffer: 32 << 20 });
  return stdout;
}

/** `pdfinfo` as a map, e.g. { "Page size": "595.92 x 841.92 pts (A4)", Pages: "3" }. */
export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await run("pdfinfo", ["-enc", "UTF-8", file]);
  const info: Record<string, string> = {};
  for (const line of stdout.split("\n")) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!.trim()] = match[2]!.trim();
  }
  return info;
}

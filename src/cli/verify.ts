/**
 * `mandat verify <fil.pdf …>`: per file, whether it is signed, by whom and when, whether the signature
 * covers the whole document unchanged, and which source revision it came from. Exit 1 when a
 * signature is broken (or the file was changed after signing) or a file cannot be read; an unsigned
 * file is reported but is no failure.
 */
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { verifyPdf } from "../pdf/verify.js";
import { EXIT, type Io } from "./io.js";

export async function runVerify(files: string[], io: Io): Promise<number> {
  let failed = false;
  for (const file of files) {
    const shown = relative(io.cwd, resolve(io.cwd, file)) || file;
    let bytes: Buffer;
    try {
      bytes = await readFile(resolve(io.cwd, file));
    } catch {
      io.stdout.write(`${shown}\n  Filen går inte att läsa.\n`);
      failed = true;
      continue;
    }
    if (bytes.subarray(0, 5).toString("latin1") !== "%PDF-") {
      io.stdout.write(`${shown}\n  Inte en PDF.\n`);
      failed = true;
      continue;
    }
    const report = verifyPdf(bytes);
    const lines = [shown];
    if (report.signatures.length === 0) lines.push("  Inte signerad.");
    report.signatures.forEach((s, i) => {
      const head = report.signatures.length > 1 ? `  Signatur ${i + 1}: ` : "  ";
      lines.push(`${head}${s.intact && s.wholeDocument ? "Signerad, giltig" : "Signerad, TRASIG"}`);
      lines.push(`    Signerad av: ${s.signer ?? "okänd"}`);
      lines.push(`    Signeringstid: ${s.signingTime ?? "okänd"}`);
      if (s.reason) lines.push(`    Skäl: ${s.reason}`);
      lines.push(`    Hela dokumentet täckt och oförändrat: ${s.intact && s.wholeDocument ? "ja" : "nej"}`);
      if (s.problem) lines.push(`    Problem: ${s.problem}`);
      if (!s.intact || !s.wholeDocument) failed = true;
    });
    const src = report.source;
    const revision = src.commit ? `commit ${src.commit}${src.modified ? " (med ändringar som inte var incheckade)" : ""}` : "okänd (inte incheckad eller ingen metadata)";
    lines.push(`  Källa: ${src.path ?? "okänd"}, ${revision}${src.sha256 ? `, SHA-256 ${src.sha256}` : ""}`);
    io.stdout.write(`${lines.join("\n")}\n`);
  }
  return failed ? EXIT.problems : EXIT.ok;
}

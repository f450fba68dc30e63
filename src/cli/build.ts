/** `mandat build`: check, then render; prints progress and a summary, or the diagnostics that stopped it. */
import { relative } from "node:path";
import { build } from "../build.js";
import { formatStylish } from "../diagnostics/format/stylish.js";
import type { Config } from "../config/types.js";
import type { Lang } from "../diagnostics/messages.js";
import { SignKeyError, signingTimeFromEnv, type SignOptions } from "../pdf/sign.js";
import { ChromiumLaunchError, ChromiumNotFoundError, findChromium } from "../pdf/chromium.js";
import { checkOutDir, OutDirError } from "../site/write.js";
import { signalExitCode, stopSignalOf } from "./interrupt.js";
import { EXIT, sourcesOf, type Io } from "./io.js";
import { messages } from "./messages.js";

export interface BuildCommandOptions {
  root: string;
  cwd: string;
  outDir: string;
  lang: Lang;
  config: Config;
  io: Io;
  color: boolean;
  /** Use the PDF cache in <root>/.mandat-cache (default true; `--no-cache` turns it off). */
  cache?: boolean;
  /** Longest time one document may take to print (`--print-timeout`); default the config's limits.maxPrintSeconds (60 s). */
  printTimeoutMs?: number;
  /** `--sign <key.p12>`: sign adopted mandates; the passphrase comes from MANDAT_SIGN_PASSPHRASE only. */
  signKey?: string;
}

export async function runBuild(options: BuildCommandOptions): Promise<number> {
  const { io, lang } = options;
  const say = messages[lang].build;
  const signal = io.interrupt?.signal;
  const release = io.interrupt?.hold();
  try {
    // A folder the build may not replace is refused first, before the browser is even looked for.
    await checkOutDir(options.outDir, [options.root, options.cwd]);
    const sign = options.signKey ? await signOptions(options.signKey, io.env) : undefined;
    const result = await build({
      root: options.root,
      cwd: options.cwd,
      outDir: options.outDir,
      lang,
      config: options.config,
      cache: options.cache,
      signal,
      printTimeoutMs: options.printTimeoutMs,
      ...(sign && { sign }),
      // Found before the check, so a missing browser is reported even when the documents are fine.
      printer: { executablePath: findChromium(io.env) },
      onProgress: (event) => {
        if (event.type === "checked") io.stderr.write(say.checked(event.documents, event.warnings));
        else if (event.type === "pdf") io.stderr.write(say.pdf(event.index, event.total, event.path, event.reused, event.signed));
        // How the output folder was replaced, only on request (MANDAT_DEBUG): nothing a user needs to read.
        else if (event.type === "written" && io.env.MANDAT_DEBUG) io.stderr.write(say.swapped(event.swap));
      },
    });
    const sources = sourcesOf(result.check);
    if (result.check.diagnostics.length > 0) {
      io.stdout.write(formatStylish(result.check.diagnostics, { lang, sources, color: options.color }));
    }
    if (!result.ok) {
      io.stderr.write(say.stopped(relative(options.cwd, options.outDir) || "."));
      return EXIT.problems;
    }
    if (result.damaged > 0) io.stderr.write(say.damaged(result.damaged));
    io.stderr.write(say.done(result.documents, result.pdfs, result.reused, result.printed, relative(options.cwd, result.outDir) || ".", result.ms));
    if (sign) io.stderr.write(signedSummary(result.signed, lang));
    return EXIT.ok;
  } catch (error) {
    // Stopped by Ctrl-C or kill: everything is cleaned up, the output folder is as it was.
    const stopped = stopSignalOf(signal);
    if (stopped) {
      io.stderr.write(say.interrupted(stopped, relative(options.cwd, options.outDir) || "."));
      return signalExitCode(stopped);
    }
    if (error instanceof ChromiumNotFoundError || error instanceof ChromiumLaunchError || error instanceof OutDirError || error instanceof SignKeyError) {
      io.stderr.write(`mandat: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  } finally {
    release?.();
  }
}

/**
 * The key for `--sign`: the P12 file (relative to the working directory) and its passphrase from the
 * environment variable MANDAT_SIGN_PASSPHRASE, never from a flag or a file in the repository; the
 * signing time from MANDAT_SIGN_TIME or SOURCE_DATE_EPOCH when set (reproducible signed PDFs).
 */
async function signOptions(file: string, env: NodeJS.ProcessEnv): Promise<SignOptions> {
  const { readFile } = await import("node:fs/promises");
  const passphrase = env.MANDAT_SIGN_PASSPHRASE;
  if (passphrase === undefined) throw new SignKeyError("miljövariabeln MANDAT_SIGN_PASSPHRASE saknas (lösenfrasen anges bara där).");
  const p12 = await readFile(file).catch(() => {
    throw new SignKeyError(`filen ${file} går inte att läsa.`);
  });
  const time = signingTimeFromEnv(env);
  return { p12, passphrase, ...(time && { time }) };
}

function signedSummary(n: number, lang: Lang): string {
  return lang === "en" ? `Signed: ${n} adopted ${n === 1 ? "mandate" : "mandates"}.\n` : `Signerade: ${n} ${n === 1 ? "fastställd uppdragshandling" : "fastställda uppdragshandlingar"}.\n`;
}

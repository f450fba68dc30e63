/** Locate the Chromium the PDF printer drives (puppeteer-core brings none of its own). */
import { accessSync, constants, statSync } from "node:fs";

/** Standard install locations, tried in order after the environment variables. */
export const CHROMIUM_CANDIDATES: readonly string[] = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

const ENV_VARS = ["MANDAT_CHROMIUM", "PUPPETEER_EXECUTABLE_PATH"] as const;

export class ChromiumNotFoundError extends Error {
  readonly code = "CHROMIUM_NOT_FOUND";
  /** What was looked at, in order, e.g. "MANDAT_CHROMIUM=/opt/x" or "/usr/bin/chromium". */
  readonly tried: string[];

  constructor(tried: string[], detail?: string) {
    super(
      [
        detail ?? "Hittar ingen Chromium att skriva ut PDF:er med.",
        `Provade: ${tried.join(", ")}.`,
        "Installera Chromium (sudo apt-get install chromium) eller ange sökvägen till en Chromium/Chrome i miljövariabeln MANDAT_CHROMIUM.",
      ].join("\n"),
    );
    this.name = "ChromiumNotFoundError";
    this.tried = tried;
  }
}

/** A Chromium that was found but would not start (it exited, or did not answer in time). */
export class ChromiumLaunchError extends Error {
  readonly code = "CHROMIUM_LAUNCH";

  constructor(
    readonly executablePath: string,
    reason: string,
  ) {
    super(
      [
        `Chromium i ${executablePath} startade inte: ${reason}`,
        "Kontrollera att den går att köra (till exempel `" + executablePath + " --headless --version`), installera om den (sudo apt-get install --reinstall chromium) eller ange en annan med MANDAT_CHROMIUM.",
      ].join("\n"),
    );
    this.name = "ChromiumLaunchError";
  }
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Path of the Chromium to use: MANDAT_CHROMIUM, then PUPPETEER_EXECUTABLE_PATH, then the standard
 * locations. A variable that is set but does not name an executable file is an error of its own,
 * rather than silently falling back to another browser.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const tried: string[] = [];
  for (const name of ENV_VARS) {
    const value = env[name]?.trim();
    if (!value) continue;
    tried.push(`${name}=${value}`);
    if (isExecutableFile(value)) return value;
    throw new ChromiumNotFoundError(tried, `Miljövariabeln ${name} pekar på ${value}, men där finns ingen körbar fil.`);
  }
  for (const candidate of CHROMIUM_CANDIDATES) {
    tried.push(candidate);
    if (isExecutableFile(candidate)) return candidate;
  }
  throw new ChromiumNotFoundError(tried);
}

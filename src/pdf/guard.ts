/**
 * Start the watchdog (pdf/watchdog.ts) of a Chromium profile: a small process that kills that
 * profile's Chromium and removes the folder as soon as mandat's process is gone, even after SIGKILL.
 * Only when mandat runs compiled (the watchdog is plain JavaScript in dist/); from the TypeScript
 * sources, the pipe Chromium is driven over is the only tie.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { singletonDirs } from "./profile.js";

export interface Guard {
  /**
   * The printer is done with Chromium: the watchdog makes its last round now (what is left of the
   * profile, and the singleton folder of a Chromium that puppeteer's close killed before it could
   * remove it) and exits.
   */
  stop(): void;
}

export function guardProfile(profile: string): Guard {
  if (!import.meta.url.endsWith(".js")) return { stop() {} };
  const script = fileURLToPath(new URL("./watchdog.js", import.meta.url));
  // Its own process group: a Ctrl-C in the terminal stops mandat, which cleans up itself; the
  // watchdog then sees the pipe close and does the same round as after stop().
  const child = spawn(process.execPath, [script, profile], { stdio: ["pipe", "ignore", "ignore"], detached: true });
  child.on("error", () => undefined);
  child.stdin!.on("error", () => undefined);
  // Chromium's singleton folders from before its start: the watchdog never removes those.
  child.stdin!.write(`${JSON.stringify(singletonDirs())}\n`);
  // Neither the process nor its pipe keeps mandat running.
  child.unref();
  (child.stdin as unknown as { unref?: () => void }).unref?.();
  return {
    stop() {
      child.stdin!.end();
    },
  };
}

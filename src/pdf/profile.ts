/**
 * Removing a Chromium profile folder whole. Chromium keeps its singleton socket in a folder of its
 * own in the temp folder (`org.chromium.Chromium.XXXXXX`), linked from the profile as
 * `SingletonSocket`; it removes it when it exits normally, not when it is killed. Removing a
 * profile therefore removes that folder too (only a folder of that name, found through the link).
 */
import { readdirSync, readlinkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, isAbsolute, join } from "node:path";

/** The singleton folder a profile links to, if it still does. */
export function singletonDirOf(profile: string): string | undefined {
  try {
    const target = readlinkSync(join(profile, "SingletonSocket"));
    const dir = dirname(target);
    return isAbsolute(target) && /^org\.chromium\.Chromium\.[A-Za-z0-9]+$/.test(basename(dir)) ? dir : undefined;
  } catch {
    return undefined;
  }
}

/** Remove a profile folder and its singleton folder; never throws. */
export function removeProfile(profile: string): void {
  const singleton = singletonDirOf(profile);
  try {
    if (singleton) rmSync(singleton, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  } catch {
    // what cannot be removed now is removed by the next build (removeStaleProfiles)
  }
}

/** Chromium's singleton folders in the temp folder (`org.chromium.Chromium.XXXXXX`) right now. */
export function singletonDirs(): string[] {
  try {
    return readdirSync(tmpdir()).filter((name) => /^org\.chromium\.Chromium\.[A-Za-z0-9]+$/.test(name));
  } catch {
    return [];
  }
}

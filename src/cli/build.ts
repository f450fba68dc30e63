/** `mandat build`: check, then render; prints progress and a summary. Filled in with the render stage. */
import type { Io } from "./main.js";
import type { Lang, RuleSeverity } from "../rules/define.js";

export interface BuildCommandOptions {
  root: string;
  cwd: string;
  outDir: string;
  lang: Lang;
  rules: Record<string, RuleSeverity>;
  io: Io;
  color: boolean;
}

export async function runBuild(_options: BuildCommandOptions): Promise<number> {
  throw new Error("build is not wired yet");
}

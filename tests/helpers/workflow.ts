/**
 * The mandat commands of the shipped GitHub workflow, as argument lists: the end-to-end test runs
 * exactly these, so the workflow and the tests cannot drift apart. GitHub expressions are replaced
 * by what they are in the test repository (the PR's base branch is main).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { REPO_ROOT } from "./repo.js";

export const WORKFLOW = join(REPO_ROOT, "scaffold/github/workflows/mandat.yml");
const INVOCATION = "npx --no-install mandat ";

export interface WorkflowCommand {
  job: string;
  step: string;
  argv: string[];
}

/** Split a shell command line into words (double and single quotes; no other expansion is used). */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

export function workflowCommands(expressions: Record<string, string> = { "github.base_ref": "main" }): WorkflowCommand[] {
  const wf = parse(readFileSync(WORKFLOW, "utf8")) as { jobs: Record<string, { steps: { name?: string; run?: string; uses?: string }[] }> };
  const out: WorkflowCommand[] = [];
  for (const [job, { steps }] of Object.entries(wf.jobs)) {
    for (const step of steps) {
      for (const raw of (step.run ?? "").split("\n")) {
        const at = raw.indexOf(INVOCATION);
        if (at < 0) continue;
        // The command itself: without what the shell does with its output or status.
        let line = raw.slice(at + INVOCATION.length).replace(/\s*(\|\| true|>>?\s*\S+)\s*$/g, "").replace(/\s*>\s*\S+\s*$/, "");
        line = line.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => expressions[name] ?? whole).replace(/"origin\/(\w+)"/, '"$1"');
        out.push({ job, step: step.name ?? step.run!.split("\n")[0]!, argv: words(line) });
      }
    }
  }
  return out;
}

/** The shipped GitHub workflow and pre-commit hook: valid, identical in this repository and in what init writes. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateWorkflow } from "@action-validator/core";
import { describe, expect, it } from "vitest";
import { COMMENT_MARKER } from "../src/diff/format.js";
import { REPO_ROOT } from "./helpers/repo.js";
import { WORKFLOW, workflowCommands } from "./helpers/workflow.js";

const text = readFileSync(WORKFLOW, "utf8");

describe(".github/workflows/mandat.yml", () => {
  it("is a valid GitHub Actions workflow (action-validator)", () => {
    expect(validateWorkflow(text).errors).toEqual([]);
  });

  it("the validator is real: a job without runs-on and an unknown event are refused", () => {
    expect(validateWorkflow(text.replace("    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n      pull-requests: write\n", "    permissions:\n      contents: read\n      pull-requests: write\n")).errors.length).toBeGreaterThan(0);
    expect(validateWorkflow(text.replace("  pull_request:\n", "  pull_requests:\n")).errors.length).toBeGreaterThan(0);
  });

  it("is the same file in this repository as the one mandat init writes, and so is the hook", () => {
    expect(readFileSync(join(REPO_ROOT, ".github/workflows/mandat.yml"), "utf8")).toBe(text);
    expect(readFileSync(join(REPO_ROOT, ".githooks/pre-commit"), "utf8")).toBe(readFileSync(join(REPO_ROOT, "scaffold/githooks/pre-commit"), "utf8"));
  });

  it("runs check with annotations, the summary, the diff for the comment and the build on a PR; the signed build on main", () => {
    expect(workflowCommands().map((c) => `${c.job}: ${c.argv.join(" ")}`)).toEqual([
      "pull-request: check --format github",
      "pull-request: check",
      "pull-request: diff main HEAD --format markdown",
      "pull-request: build --out build",
      "publish: build --out build --sign $RUNNER_TEMP/mandat-sign.p12",
    ]);
    // The check cache is restored in both jobs, keyed so a new commit starts from the last one's cache.
    expect(text.match(/path: \.mandat-cache\n/g)).toHaveLength(2);
    expect(text).toContain("restore-keys: mandat-${{ runner.os }}-${{ hashFiles('package-lock.json') }}-");
    // The certificate comes from secrets, never from the repository.
    expect(text).toContain("${{ secrets.MANDAT_SIGN_P12_BASE64 }}");
    expect(text).toContain("${{ secrets.MANDAT_SIGN_PASSPHRASE }}");
    // The comment is found again by the marker mandat diff --format markdown starts with.
    expect(text).toContain(`const marker = "${COMMENT_MARKER}";`);
  });
});

/** Real git in a temporary repository: init on main, commit everything, switch branches. */
import { execFileSync } from "node:child_process";

const IDENTITY = ["-c", "user.email=redaktor@exempel.se", "-c", "user.name=Redaktör", "-c", "commit.gpgsign=false"];

export function git(dir: string, ...args: string[]): string {
  return execFileSync("git", ["-C", dir, ...IDENTITY, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** Make `dir` a git repository on main with everything in it committed. */
export function initRepo(dir: string): void {
  git(dir, "init", "-q", "-b", "main");
  commitAll(dir, "Första versionen");
}

export function commitAll(dir: string, message: string): void {
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", message);
}

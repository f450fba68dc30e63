/**
 * MANDAT_TIMING=1: where a run's time goes, printed to stderr when the process exits, like ESLint's
 * TIMING. Marks say when a stage ended (ms since the process started, so Node's own start-up shows);
 * spans add up the time of work done many times (each corpus rule). Off, it costs one property read.
 * The resident checker (cli/daemon.ts) times each request from its start instead, and hands the
 * report back with the request's output.
 */
let enabled = Boolean(process.env.MANDAT_TIMING);
let origin = 0;
let printAtExit = true;
const marks: [string, number][] = [];
const spans = new Map<string, number>();

export function mark(label: string): void {
  if (!enabled) return;
  if (marks.length === 0 && spans.size === 0) atExit();
  marks.push([label, performance.now() - origin]);
}

/** Runs `fn`, adding its time to `label` when timing is on. */
export function span<T>(label: string, fn: () => T): T {
  if (!enabled) return fn();
  if (marks.length === 0 && spans.size === 0) atExit();
  const start = performance.now();
  try {
    return fn();
  } finally {
    spans.set(label, (spans.get(label) ?? 0) + performance.now() - start);
  }
}

/** For a process that runs many requests: time from now, on or off, and leave the printing to the caller. */
export function startTiming(on: boolean): void {
  enabled = on;
  printAtExit = false;
  origin = performance.now();
  marks.length = 0;
  spans.clear();
}

/** The report of what was timed ("" when timing is off). */
export function timingReport(): string {
  if (!enabled) return "";
  const lines = [`mandat timing (ms since ${printAtExit ? "start" : "the request"})`];
  let previous = 0;
  for (const [label, at] of marks) {
    lines.push(`  ${at.toFixed(0).padStart(6)}  +${(at - previous).toFixed(0).padStart(5)}  ${label}`);
    previous = at;
  }
  lines.push(`  ${(performance.now() - origin).toFixed(0).padStart(6)}          ${printAtExit ? "exit" : "answered"}`);
  if (spans.size > 0) {
    lines.push("mandat timing (ms, summed)");
    for (const [label, ms] of [...spans].sort((a, b) => b[1] - a[1])) lines.push(`  ${ms.toFixed(1).padStart(8)}  ${label}`);
  }
  return `${lines.join("\n")}\n`;
}

function atExit(): void {
  if (printAtExit) process.once("exit", () => process.stderr.write(timingReport()));
}

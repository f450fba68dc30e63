/**
 * MANDAT_TIMING=1: where a run's time goes, printed to stderr when the process exits, like ESLint's
 * TIMING. Marks say when a stage ended (ms since the process started, so Node's own start-up shows);
 * spans add up the time of work done many times (each corpus rule). Off, it costs one property read.
 */
const enabled = Boolean(process.env.MANDAT_TIMING);
const marks: [string, number][] = [];
const spans = new Map<string, number>();

export function mark(label: string): void {
  if (!enabled) return;
  if (marks.length === 0) process.once("exit", print);
  marks.push([label, performance.now()]);
}

/** Runs `fn`, adding its time to `label` when timing is on. */
export function span<T>(label: string, fn: () => T): T {
  if (!enabled) return fn();
  if (marks.length === 0 && spans.size === 0) process.once("exit", print);
  const start = performance.now();
  try {
    return fn();
  } finally {
    spans.set(label, (spans.get(label) ?? 0) + performance.now() - start);
  }
}

function print(): void {
  const lines = ["mandat timing (ms since start)"];
  let previous = 0;
  for (const [label, at] of marks) {
    lines.push(`  ${at.toFixed(0).padStart(6)}  +${(at - previous).toFixed(0).padStart(5)}  ${label}`);
    previous = at;
  }
  lines.push(`  ${performance.now().toFixed(0).padStart(6)}          exit`);
  if (spans.size > 0) {
    lines.push("mandat timing (ms, summed)");
    for (const [label, ms] of [...spans].sort((a, b) => b[1] - a[1])) lines.push(`  ${ms.toFixed(1).padStart(8)}  ${label}`);
  }
  process.stderr.write(`${lines.join("\n")}\n`);
}

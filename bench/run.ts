/**
 * `npm run bench`: how fast check and build are, on the real corpus and on a synthetic one of many
 * groups. Prints figures; asserts nothing (a shared machine's timings are not a test).
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "../src/build.js";
import { check } from "../src/check.js";

const REPO = resolve(fileURLToPath(new URL("..", import.meta.url)));
const SYNTHETIC_GROUPS = Number(process.env.BENCH_GROUPS ?? 200);
const SYNTHETIC_PDFS = Number(process.env.BENCH_PDFS ?? 40);

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** A copy of mandates/ plus `n` more groups, each with a mandate cloned from a real one. */
async function syntheticCorpus(n: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "mandat-bench-"));
  await cp(join(REPO, "mandates"), join(dir, "mandates"), { recursive: true });
  const originals = (await readdir(join(REPO, "mandates"))).filter((f) => f.endsWith(".md"));
  const groupsFile = join(dir, "mandates/registry/groups.yaml");
  let groups = await readFile(groupsFile, "utf8");
  for (let i = 0; i < n; i++) {
    const source = originals[i % originals.length]!;
    const text = await readFile(join(REPO, "mandates", source), "utf8");
    const oldId = source.replace(/\.md$/, "");
    const id = `${oldId}-${i}`;
    groups += `- id: ${id}\n  name: Syntetisk grupp ${i}\n  kind: koncernövergripande grupp\n`;
    await writeFile(join(dir, "mandates", `${id}.md`), text.replace(`group: ${oldId}`, `group: ${id}`));
  }
  await writeFile(groupsFile, groups);
  return dir;
}

function row(label: string, value: string): void {
  console.log(`${label.padEnd(44)} ${value}`);
}

console.log(`mandat bench · Node ${process.version} · load average ${loadavg()[0]!.toFixed(2)}\n`);

// Check, real corpus: first run includes compiling the schemas.
const cold = await time(() => check({ root: REPO }));
const warmRuns = 10;
const warm = await time(async () => {
  for (let i = 0; i < warmRuns; i++) await check({ root: REPO });
});
row(`check, ${cold.value.documents.length} real documents, first run`, `${cold.ms.toFixed(0)} ms`);
row(`check, ${cold.value.documents.length} real documents, warm`, `${(warm.ms / warmRuns).toFixed(1)} ms/run`);

const big = await syntheticCorpus(SYNTHETIC_GROUPS);
try {
  const synthetic = await time(() => check({ root: big }));
  const n = synthetic.value.documents.length;
  if (synthetic.value.errorCount > 0) throw new Error(`synthetic corpus has ${synthetic.value.errorCount} errors`);
  row(`check, ${n} documents (synthetic)`, `${synthetic.ms.toFixed(0)} ms, ${((n / synthetic.ms) * 1000).toFixed(0)} documents/s`);
} finally {
  await rm(big, { recursive: true, force: true });
}

// Build, real corpus: Chromium launch + 5 PDFs + site.
const out = await mkdtemp(join(tmpdir(), "mandat-bench-out-"));
try {
  const real = await time(() => build({ root: REPO, outDir: join(out, "build") }));
  if (!real.value.ok) throw new Error("build of the real corpus failed");
  row(`build, ${real.value.pdfs} real documents (incl. Chromium start)`, `${real.ms.toFixed(0)} ms`);

  const pdfCorpus = await syntheticCorpus(SYNTHETIC_PDFS);
  try {
    const many = await time(() => build({ root: pdfCorpus, outDir: join(out, "many") }));
    if (!many.value.ok) throw new Error("build of the synthetic corpus failed");
    row(`build, ${many.value.pdfs} documents (synthetic)`, `${many.ms.toFixed(0)} ms, ${((many.value.pdfs / many.ms) * 1000).toFixed(1)} PDFs/s`);
  } finally {
    await rm(pdfCorpus, { recursive: true, force: true });
  }
} finally {
  await rm(out, { recursive: true, force: true });
}

clearInterval(sampler);
row("peak resident memory of this process", `${(peakRss / 2 ** 20).toFixed(0)} MiB (Chromium not included)`);

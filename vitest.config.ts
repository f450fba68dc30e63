import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/.tmp/**", "node_modules/**"],
    // Chromium starts and prints real PDFs in some tests; a slow shared machine must not make them flaky.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Test files share a worker's module cache (schemas compile once, the source is transformed once):
    // the suite is mostly small check() runs, where importing mandat cost more than the tests.
    isolate: false,
    // Both cores: one worker is mostly waiting on Chromium while the other checks.
    maxWorkers: 2,
    // Tests that run the pre-commit hook start a resident checker (mandat daemon): it stops a minute
    // after the suite instead of lingering for half an hour.
    env: { MANDAT_DAEMON_IDLE: "60" },
    // .ci/run asks for a JSON report to print its closing "N passed, N failed" line.
    reporters: process.env.MANDAT_TEST_REPORT ? ["default", ["json", { outputFile: process.env.MANDAT_TEST_REPORT }]] : ["default"],
  },
});

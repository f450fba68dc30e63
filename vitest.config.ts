import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/.tmp/**", "node_modules/**"],
    // Chromium starts and prints real PDFs in some tests; a slow shared machine must not make them flaky.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // .ci/run asks for a JSON report to print its closing "N passed, N failed" line.
    reporters: process.env.MANDAT_TEST_REPORT ? ["default", ["json", { outputFile: process.env.MANDAT_TEST_REPORT }]] : ["default"],
  },
});

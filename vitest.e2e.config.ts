import { defineConfig } from "vitest/config";

/** Browser tests: real headless Chromium against the built sidebar and report. */
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});

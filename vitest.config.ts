import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // FC_SEED / FC_PATH replay a property failure (test/setup/fast-check.ts).
    setupFiles: ["test/setup/fast-check.ts"],
    pool: "forks",
    testTimeout: 60_000,
  },
});

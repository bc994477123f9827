import solid from "vite-plugin-solid";
import { defineConfig } from "vitest/config";

// Component and unit tests run in jsdom; the end-to-end walks run the real API and a real Chromium.
export default defineConfig({
  plugins: [solid()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "jsdom",
          // A form's first render also loads jsdom and the form library: on a loaded 2-core machine that
          // alone took over vitest's default 5 s, failing a test that had nothing wrong.
          testTimeout: 20_000,
          include: ["src/**/*.test.{ts,tsx}"],
          setupFiles: ["./src/testing/setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          environment: "node",
          include: ["e2e/**/*.e2e.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

import { defineConfig } from "vitest/config";

// Unit tests of plain modules run in Node; browser tests arrive with Playwright on real Chromium.
export default defineConfig({ test: { environment: "node", include: ["src/**/*.test.ts"] } });

import { defineConfig } from "vite";

// Bundles the API with the workspace packages (which export TypeScript source) inlined, and the pure-JS
// libraries loaded at every start that are made of many small modules (kysely alone is ~0.3 s of CPU to
// resolve and load file by file). The rest stays external: several load files of their own at run time
// (PGlite's wasm, the area CSVs, pdfmake's fonts, argon2's native binding), others load only on use.
export default defineConfig({
  build: {
    target: "node20",
    ssr: true,
    outDir: "dist",
    emptyOutDir: true,
    rollupOptions: { input: "src/main.ts" },
  },
  ssr: {
    noExternal: [/^@sinergi\//, /^kysely/, /^hono/, /^@hono\//, /^valibot$/, /^@valibot\//],
    external: true,
  },
});

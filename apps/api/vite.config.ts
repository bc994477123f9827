import { defineConfig } from "vite";

// Bundles the API with the workspace packages (which export TypeScript source) inlined; third-party
// packages stay external because several load files of their own at run time (PGlite's wasm, area CSVs).
export default defineConfig({
  build: {
    target: "node20",
    ssr: true,
    outDir: "dist",
    emptyOutDir: true,
    rollupOptions: { input: "src/main.ts" },
  },
  ssr: { noExternal: [/^@sinergi\//], external: true },
});

import { defineConfig } from "vite";
import solid from "vite-plugin-solid";

const api = process.env.SINERGI_API_URL ?? "http://localhost:3000";

// In development the console runs on vite and reaches the API through this proxy. The API accepts cookie
// writes only from its own origin, so the proxy presents the API's origin, as the built console does.
const proxied = {
  target: api,
  changeOrigin: true,
  headers: { origin: api },
};

export default defineConfig({
  plugins: [solid()],
  build: {
    target: "es2022",
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Everything the entry imports statically (router, shell, client, session, i18n) in one script:
        // the browser then opens with two scripts instead of a dozen. Over HTTP/1.1 a browser fetches six
        // at a time, so on a slow link each further six cost another round trip before the page can start.
        codeSplitting: { groups: [{ name: "boot", tags: ["$initial"] }] },
      },
    },
  },
  server: { proxy: { "/api": proxied, "/healthz": proxied } },
});

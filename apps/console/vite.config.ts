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
  build: { target: "es2022", sourcemap: false },
  server: { proxy: { "/api": proxied, "/healthz": proxied } },
});

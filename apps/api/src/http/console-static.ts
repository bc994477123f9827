import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono, type MiddlewareHandler } from "hono";
import { compress } from "hono/compress";
import type { AppEnv } from "../context.ts";

/** True when `dir` holds a console build (its index.html). */
export function hasConsoleBuild(dir: string | undefined): dir is string {
  return dir !== undefined && existsSync(join(dir, "index.html"));
}

/**
 * The built console from the API's own origin: hashed assets cached for a year (their name changes with
 * their content), other files as they are, and index.html for every other path outside /api so that a
 * typed or reloaded console URL opens the console, which routes it. index.html is never cached: it
 * names the current assets.
 */
export function consoleRoutes(dir: string): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  // A slow connection (Maluku, Kalimantan) pays for every byte: scripts and styles go gzipped.
  routes.use("*", compress());
  let index: Promise<string> | undefined;
  const files = serveStatic<AppEnv>({ root: dir });
  const cached = (seconds: string): MiddlewareHandler<AppEnv> => {
    return async (c, next) => {
      const res = await files(c, next);
      if (res?.status !== 200) return res;
      const copy = new Response(res.body, res);
      copy.headers.set("Cache-Control", seconds);
      return copy;
    };
  };
  routes.use("/assets/*", cached("public, max-age=31536000, immutable"));
  const other = cached("public, max-age=3600");
  routes.get("*", async (c, next) => {
    const path = c.req.path;
    if (path === "/api" || path.startsWith("/api/")) return next();
    // A missing asset is a 404, never the page: a browser would try to run HTML as a script.
    if (path.startsWith("/assets/")) return next();
    if (path !== "/" && path !== "/index.html" && /\.[a-z0-9]+$/i.test(path)) {
      return other(c, next);
    }
    index ??= readFile(join(dir, "index.html"), "utf8");
    c.header("Cache-Control", "no-cache");
    return c.html(await index);
  });
  return routes;
}

import { Hono } from "hono";
import type { AppEnv } from "../../context.ts";

/** Placeholder until this slice lands (replace this whole file). */
export function programsRoutes(): Hono<AppEnv> {
  return new Hono<AppEnv>();
}

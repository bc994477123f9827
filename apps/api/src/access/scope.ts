import type { Scope } from "@sinergi/domain";
import type { Context } from "hono";
import type { AppEnv } from "../context.ts";
import { authRequired } from "./enforce.ts";

/**
 * The caller's scope, as the repositories take it (`viewer`): what it may see is decided in one place,
 * packages/db's visibility module. Throws 401 when no one is signed in.
 */
export function viewerOf(c: Context<AppEnv>): Scope {
  const p = c.get("principal");
  if (!p) throw authRequired();
  return p.scope;
}

import type { Context, MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import type { AppEnv } from "../context.ts";
import { requestBody } from "./body-limit.ts";
import { type FieldProblem, ProblemError } from "./problem.ts";

/** Same test Hono's JSON validator applies: only these bodies are parsed as JSON. */
const JSON_CONTENT_TYPE = /^application\/([a-z-.]+\+)?json(;\s*[a-zA-Z0-9-]+=([^;]+))*$/;
/** A UTF-16 half without its pair: a JSON `\ud800` escape, which no UTF-8 database text can hold. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Why PostgreSQL cannot store this text, or undefined when it can. */
export function unstorable(text: string): string | undefined {
  if (text.includes("\u0000")) return "contains a NUL character, which cannot be stored";
  if (LONE_SURROGATE.test(text)) return "contains an unpaired UTF-16 surrogate, which cannot be stored";
  return undefined;
}

/** Whether a URL's path or query could decode to unstorable text: only through an escape, or holding it already. */
const mayHoldUnstorable = (url: string): boolean => url.includes("%") || unstorable(url) !== undefined;

/** Deeper JSON than any request needs; deeper still would exhaust the stack of whatever walks it. */
export const MAX_JSON_DEPTH = 32;
/** A body with thousands of bad strings gets the first of them named, not a problem document as large. */
const MAX_PROBLEMS = 20;

/** Walks a parsed body breadth-first, without recursion (so no depth can overflow the stack). */
function checkJson(body: unknown, problems: FieldProblem[]): void {
  const queue: { value: unknown; path: readonly string[] }[] = [{ value: body, path: [] }];
  for (let next = 0; next < queue.length && problems.length < MAX_PROBLEMS; next++) {
    const { value, path } = queue[next] ?? { value: undefined, path: [] };
    const field = path.join(".") || "(body)";
    if (typeof value === "string") {
      const why = unstorable(value);
      if (why) problems.push({ field, message: why });
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    if (path.length >= MAX_JSON_DEPTH) {
      problems.push({ field, message: `is nested more than ${MAX_JSON_DEPTH} levels deep` });
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      // A field name is named by its parent: repeating it would repeat what the caller sent.
      const why = unstorable(key);
      if (why) problems.push({ field, message: `has a field name that ${why}` });
      else queue.push({ value: item, path: [...path, key] });
    }
  }
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function checkPath(c: Context<AppEnv>, problems: FieldProblem[]): void {
  const segments = new URL(c.req.url).pathname.split("/");
  // The route that will answer (the last one matched) names the parameters, e.g. /facilities/:id.
  const pattern = routePath(c, -1).split("/");
  segments.forEach((segment, i) => {
    const why = unstorable(decode(segment));
    if (!why) return;
    const name = /^:([A-Za-z0-9_]+)/.exec(pattern[i] ?? "")?.[1];
    problems.push({ field: name ? `path.${name}` : "path", message: why });
  });
}

function checkQuery(c: Context<AppEnv>, problems: FieldProblem[]): void {
  for (const [key, value] of new URL(c.req.url).searchParams) {
    const keyWhy = unstorable(key);
    if (keyWhy) {
      problems.push({ field: "query", message: `has a parameter name that ${keyWhy}` });
      continue;
    }
    const why = unstorable(value);
    if (why) problems.push({ field: `query.${key}`, message: why });
  }
}

/**
 * Refuses, before any handler runs, text PostgreSQL cannot store (a NUL character, an unpaired UTF-16
 * surrogate) anywhere in the path, the query or a JSON body, and JSON nested deeper than any request
 * needs: 422 naming each field (`name`, `signatories.0.name`, `query.q`, `path.id`), instead of a
 * database error or a stack overflow. The one place for all routes.
 */
export function guardInput(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const problems: FieldProblem[] = [];
    // Only a percent escape (or a NUL or surrogate already in the text) can put unstorable text in the
    // path or query: a URL without one needs no decoding and no look at each part.
    if (mayHoldUnstorable(c.req.url)) {
      checkPath(c, problems);
      checkQuery(c, problems);
    }
    if (requestBody(c) && JSON_CONTENT_TYPE.test(c.req.header("content-type") ?? "")) {
      // Read as text first: the cached text is what later readers (validator, idempotency hash) see.
      const text = await c.req.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined; // malformed JSON is the validator's to report
      }
      checkJson(body, problems);
    }
    if (problems.length > 0)
      throw new ProblemError(422, "validation", "The request is not valid", {
        detail: "See `errors` for each invalid field.",
        errors: problems,
      });
    await next();
  };
}

import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema.gen.ts";

/** The API's schemas, as the typed client sees them. */
export type Schemas = components["schemas"];

/** A problem+json answer, as the API sends every error. */
export interface Problem {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail?: string;
  readonly errors?: readonly { readonly field: string; readonly message: string }[];
}

/** An API call that did not succeed: its status and the problem the API described. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
    this.name = "ApiError";
  }
  /** The HTTP status. */
  get status(): number {
    return this.problem.status;
  }
}

/** Who hears that the session ended or that the password must be changed first (the session module). */
export const sessionEvents: { onExpired: () => void; onPasswordChangeRequired: () => void } = {
  onExpired: () => {},
  onPasswordChangeRequired: () => {},
};

// A 401 anywhere but the session's own calls means the session ended: the shell sends the user to sign in.
const watchSession: Middleware = {
  async onResponse({ request, response }) {
    const path = new URL(request.url, "http://x").pathname;
    if (response.status === 401 && !path.startsWith("/api/v1/auth/")) sessionEvents.onExpired();
    if (response.status === 403 && !path.startsWith("/api/v1/auth/")) {
      const problem = (await response
        .clone()
        .json()
        .catch(() => null)) as Problem | null;
      if (problem?.code === "auth/password-change-required") sessionEvents.onPasswordChangeRequired();
    }
    return response;
  },
};

/** The typed client of the API, from the console's own origin (the session cookie rides along). */
export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? "http://localhost" });
api.use(watchSession);

/** The data of a successful call; otherwise throws an ApiError carrying the API's problem. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.data !== undefined) return result.data;
  if (result.response.ok) return undefined as T;
  const error = (result.error ?? {}) as Partial<Problem>;
  throw new ApiError({
    status: result.response.status,
    code: error.code ?? `http-${result.response.status}`,
    title: error.title ?? result.response.statusText,
    ...(error.detail ? { detail: error.detail } : {}),
    ...(error.errors ? { errors: error.errors } : {}),
  });
}

/** If-Match for a write based on what was read: the entity's revision is its ETag. */
export function ifMatch(entity: { readonly revision: number }): { "If-Match": string } {
  return { "If-Match": `"${entity.revision}"` };
}

/** True for an ApiError with this status. */
export function isStatus(e: unknown, status: number): e is ApiError {
  return e instanceof ApiError && e.status === status;
}

import { type Permission, rolePermissions } from "@sinergi/domain";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { api, isStatus, type Schemas, unwrap } from "../api/client.ts";

/** The signed-in user as the API describes them. */
export type User = Schemas["User"];

/** Query key of the signed-in user. */
export const ME = ["auth", "me"] as const;

declare global {
  interface Window {
    /** The page's own early request for the signed-in user (index.html), taken once. */
    __sinergiMe?: Promise<Response | undefined>;
  }
}

/** The answer index.html asked for before the scripts loaded, the first time only; later reads ask anew. */
async function earlyMe(): Promise<Response | undefined> {
  const early = globalThis.window?.__sinergiMe;
  if (!early) return undefined;
  delete window.__sinergiMe;
  return early;
}

/** Reads the signed-in user; null when nobody is signed in (or the session ended). */
export async function fetchMe(): Promise<User | null> {
  const early = await earlyMe();
  try {
    return unwrap(await api.GET("/api/v1/auth/me", early ? { fetch: async () => early } : {}));
  } catch (e) {
    if (isStatus(e, 401)) return null;
    throw e;
  }
}

/** The session: who is signed in and what they may do. */
export function useSession() {
  const client = useQueryClient();
  const me = useQuery(() => ({ queryKey: ME, queryFn: fetchMe, staleTime: 60_000, retry: false }));
  return {
    me,
    /** The user, once known. */
    user: (): User | null | undefined => me.data,
    /** True for a facility's own people: every visit and follow-up they see is their facility's. */
    atOneFacility: (): boolean => me.data?.scope.kind === "facility",
    /** True when the user's role grants the permission (the API still decides, within the scope). */
    can: (permission: Permission): boolean => {
      const user = me.data;
      return user ? rolePermissions(user.role).has(permission) : false;
    },
    /** Forgets the user locally (after sign-out or when the session ended). */
    forget: () => {
      client.setQueryData(ME, null);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== ME[0] });
    },
  };
}

/** Where to go back to after signing in: a path inside the console, never another site. */
export function safeNext(next: string | undefined | null): string {
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/";
}

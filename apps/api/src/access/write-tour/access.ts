import { create, type Existing, existing, type Scenario, scopeSwap } from "./kit.ts";
import { apiKeyBody, made, v1, viewer } from "./world.ts";

/**
 * The write tour's scenarios for access: users and API keys.
 */

/** A write to a fresh viewer of the facility (disabled first when the move enables it). */
const onUser = (action: string, extra: Partial<Existing> = {}) =>
  existing({
    type: "user",
    action,
    table: "users",
    path: (id) => `/users/${id}`,
    make: (w, at) => viewer(w, at, action === "move:enable"),
    ...extra,
  });

/** API keys have no read of one: they are found in the list. */
const apiKeyList = () => "/api-keys?limit=200";

/** The tour of users and API keys. */
export const accessScenarios: Record<string, Scenario> = {
  "POST /api/v1/users": create(
    "user",
    (id) => `/users/${id}`,
    async (w, at) => ({
      url: `${v1}/users`,
      body: {
        email: `petugas.${w.seq()}@tour.sinergi`,
        name: "Petugas Registrasi",
        password: `sandi-rahasia-${w.seq()}-panjang`,
        role: "viewer",
        scope: { kind: "facility", facilityId: at.facilityId },
      },
    }),
    { swap: scopeSwap },
  ),
  "PATCH /api/v1/users/:id": onUser("update", {
    body: { name: "Petugas Pindahan", role: "facility_staff" },
    swap: scopeSwap,
  }),
  "POST /api/v1/users/:id/disable": onUser("move:disable"),
  "POST /api/v1/users/:id/enable": onUser("move:enable"),
  "POST /api/v1/users/:id/reset-password": onUser("move:reset-password"),
  "POST /api/v1/api-keys": create(
    "api_key",
    apiKeyList,
    async (w, at) => ({
      url: `${v1}/api-keys`,
      body: apiKeyBody(w, at),
    }),
    { swap: scopeSwap },
  ),
  "POST /api/v1/api-keys/:id/revoke": existing({
    type: "api_key",
    action: "move:revoke",
    table: "api_keys",
    path: (id) => `/api-keys/${id}`,
    read: apiKeyList,
    make: (w, at) => made(w, "/api-keys", apiKeyBody(w, at)),
  }),
};

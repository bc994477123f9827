import { afterEach, expect, it, vi } from "vitest";
import { api } from "../api/client.ts";
import { fetchMe } from "./session.ts";

const admin = { id: "u1", name: "Admin Medan", role: "facility_admin", scope: { kind: "facility" } };

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

afterEach(() => {
  vi.restoreAllMocks();
  delete window.__sinergiMe;
});

it("takes the answer the page asked for early the first time, and asks the API anew after", async () => {
  window.__sinergiMe = Promise.resolve(json(admin));
  const network = vi.spyOn(globalThis, "fetch");
  expect(await fetchMe()).toEqual(admin);
  expect(network).not.toHaveBeenCalled();
  expect(window.__sinergiMe).toBeUndefined();

  const later = { ...admin, name: "Admin Medan (renamed)" };
  const get = vi
    .spyOn(api, "GET")
    .mockResolvedValue({ data: later, response: new Response(null, { status: 200 }) } as never);
  expect(await fetchMe()).toEqual(later);
  expect(get).toHaveBeenCalledWith("/api/v1/auth/me", {});
});

it("reads an early 401 as nobody signed in", async () => {
  window.__sinergiMe = Promise.resolve(json({ status: 401, code: "auth/unauthenticated", title: "x" }, 401));
  expect(await fetchMe()).toBeNull();
});

it("asks the API itself when the early request failed", async () => {
  window.__sinergiMe = Promise.resolve(undefined);
  const get = vi
    .spyOn(api, "GET")
    .mockResolvedValue({ data: admin, response: new Response(null, { status: 200 }) } as never);
  expect(await fetchMe()).toEqual(admin);
  expect(get).toHaveBeenCalledWith("/api/v1/auth/me", {});
});

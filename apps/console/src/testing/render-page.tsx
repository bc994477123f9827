import { createMemoryHistory, MemoryRouter, Route } from "@solidjs/router";
import { render } from "@solidjs/testing-library";
import { QueryClient, QueryClientProvider } from "@tanstack/solid-query";
import type { Component } from "solid-js";
import { vi } from "vitest";
import { api } from "../api/client.ts";

/**
 * Canned answers of the API by path (as the typed client names it, e.g. "/api/v1/alerts"); an answer may
 * be a function of the call's options (its `params.query`, say), for a path read more than one way.
 */
export type Canned = Readonly<Record<string, unknown>>;

/**
 * Renders a page as the console does (router, query client) with the API's GETs answered from `canned`:
 * a path not listed answers 404, so a test names everything the page reads. `at` opens it at a path of
 * its route (for its parameters).
 */
export function renderPage(page: Component, canned: Canned, at?: { route: string; path: string }) {
  vi.spyOn(api, "GET").mockImplementation((async (path: string, options?: unknown) => {
    const entry = canned[path];
    const data = typeof entry === "function" ? entry(options) : entry;
    const response = new Response(null, { status: data === undefined ? 404 : 200 });
    return data === undefined ? { error: { title: "Not found" }, response } : { data, response };
  }) as unknown as typeof api.GET);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const history = createMemoryHistory();
  if (at) history.set({ value: at.path, replace: true, scroll: false });
  return render(() => (
    <QueryClientProvider client={client}>
      <MemoryRouter history={history}>
        <Route path={at?.route ?? "*"} component={page} />
      </MemoryRouter>
    </QueryClientProvider>
  ));
}

import { render, screen } from "@solidjs/testing-library";
import { QueryClient, QueryClientProvider } from "@tanstack/solid-query";
import { afterEach, expect, it, vi } from "vitest";
import { api } from "../api/client.ts";
import { usePartnerNames } from "./lookups.ts";

const page = { nextCursor: null };
const inLookup = { id: "00000000-0000-4000-8000-000000000001", name: "Pemerintah Kota Salatiga" };
const beyond = { id: "00000000-0000-4000-8000-000000000002", name: "Dinas Sosial Kabupaten Merauke" };
const hidden = "00000000-0000-4000-8000-000000000003";

afterEach(() => vi.restoreAllMocks());

function Names(props: { ids: string[] }) {
  const name = usePartnerNames(() => props.ids);
  return <p>{props.ids.map(name).join(" | ")}</p>;
}

it("names a page's partners from the lookup, asks once by id for those beyond it, and marks one out of view", async () => {
  const get = vi.spyOn(api, "GET").mockImplementation((async (
    _path: string,
    init: { params: { query: { ids?: string } } },
  ) => {
    const ids = init.params.query.ids;
    const items = ids === undefined ? [inLookup] : [beyond].filter((p) => ids.split(",").includes(p.id));
    return { data: { items, ...page }, response: new Response(null, { status: 200 }) };
  }) as unknown as typeof api.GET);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(() => (
    <QueryClientProvider client={client}>
      <Names ids={[inLookup.id, beyond.id, hidden, beyond.id]} />
    </QueryClientProvider>
  ));
  expect(
    await screen.findByText(
      `Pemerintah Kota Salatiga | Dinas Sosial Kabupaten Merauke | ${hidden.slice(0, 8)} | Dinas Sosial Kabupaten Merauke`,
    ),
  ).toBeInTheDocument();
  const asked = get.mock.calls
    .map((c) => (c[1] as { params: { query: { ids?: string } } }).params.query.ids)
    .filter((ids) => ids !== undefined);
  expect(asked).toEqual([[beyond.id, hidden].sort().join(",")]);
});

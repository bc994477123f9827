import { QueryClient } from "@tanstack/solid-query";
import { ApiError } from "../api/client.ts";

/**
 * The console's one query cache: the pages read through it, and a route's preload fills it while the
 * page's own script is still on its way.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A slow or unstable connection (Maluku, Kalimantan): retry network failures, never a refusal by the API.
      retry: (count, e) => !(e instanceof ApiError) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

import { Router } from "@solidjs/router";
import { QueryClient, QueryClientProvider } from "@tanstack/solid-query";
import { render } from "solid-js/web";
import { ApiError } from "./api/client.ts";
import { routes } from "./app/routes.tsx";
import { loadRememberedLocale, locale } from "./i18n/i18n.ts";
import "./styles/base.css";

// A slow or unstable connection (Maluku, Kalimantan): retry network failures, never a refusal by the API.
const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (count, e) => !(e instanceof ApiError) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const root = document.getElementById("root");
await loadRememberedLocale();
document.documentElement.lang = locale();
if (root)
  render(
    () => (
      <QueryClientProvider client={queryClient}>
        <Router>{routes}</Router>
      </QueryClientProvider>
    ),
    root,
  );

import { Router } from "@solidjs/router";
import { QueryClientProvider } from "@tanstack/solid-query";
import { render } from "solid-js/web";
import { queryClient } from "./app/query-client.ts";
import { routes } from "./app/routes.tsx";
import { loadRememberedLocale, locale } from "./i18n/i18n.ts";
import "./styles/base.css";

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

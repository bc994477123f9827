import { createResource, createSignal, Show } from "solid-js";
import { render } from "solid-js/web";
import { type Locale, messages } from "./i18n.ts";

async function health(): Promise<boolean> {
  try {
    return (await fetch("/healthz")).ok;
  } catch {
    return false;
  }
}

function App() {
  const [locale, setLocale] = createSignal<Locale>("id");
  const t = () => messages[locale()];
  const [up] = createResource(health);
  return (
    <main>
      <h1>{t().title}</h1>
      <p>{t().tagline}</p>
      <p>
        {t().status}:{" "}
        <Show when={!up.loading}>
          <strong>{up() ? t().ok : t().down}</strong>
        </Show>
      </p>
      <p>
        <a href="/api/docs">{t().api}</a>
      </p>
      <button type="button" onClick={() => setLocale(locale() === "id" ? "en" : "id")}>
        {t().language}
      </button>
    </main>
  );
}

const root = document.getElementById("root");
if (root) render(() => <App />, root);

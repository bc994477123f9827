import type { UseQueryResult } from "@tanstack/solid-query";
import { type JSX, Match, Show, Switch, untrack } from "solid-js";
import { ApiError } from "../api/client.ts";
import { t } from "../i18n/i18n.ts";

/** A placeholder of the content's size while it loads, so nothing shifts when data arrives. */
export function Loading(props: { readonly label?: string; readonly height?: string }): JSX.Element {
  return (
    <div class="skeleton" role="status" aria-live="polite" style={{ "min-height": props.height ?? "8rem" }}>
      <span class="visually-hidden">{props.label ?? t("state.loading")}</span>
    </div>
  );
}

/** What an empty list says, and what to do next. */
export function Empty(props: { readonly children: JSX.Element }): JSX.Element {
  return <p class="notice">{props.children}</p>;
}

/** The children when the list has items; otherwise the empty state saying what to do next. */
export function NonEmpty(props: {
  readonly items: readonly unknown[];
  readonly empty: JSX.Element;
  readonly children: JSX.Element;
}): JSX.Element {
  return (
    <Show when={props.items.length > 0} fallback={<Empty>{props.empty}</Empty>}>
      {props.children}
    </Show>
  );
}

/** Someone else changed the record since it was read (412): say so, and offer to reload it. */
export function StaleNotice(props: { readonly onReload: () => void }): JSX.Element {
  return (
    <div class="notice warning" role="alert">
      <p>
        <strong>{t("state.stale.title")}</strong> {t("state.stale.body")}
      </p>
      <button type="button" onClick={() => props.onReload()}>
        {t("state.stale.reload")}
      </button>
    </div>
  );
}

/** An error in words a user can act on: not found, no access, offline, or a problem the API described. */
export function ErrorState(props: { readonly error: unknown; readonly onRetry?: () => void }): JSX.Element {
  const status = () => (props.error instanceof ApiError ? props.error.status : 0);
  return (
    <div class="notice danger" role="alert">
      <Switch fallback={<p>{t("state.error")}</p>}>
        <Match when={status() === 404}>
          <p>
            <strong>{t("state.notFound.title")}</strong> {t("state.notFound.body")}
          </p>
        </Match>
        <Match when={status() === 403}>
          <p>{t("state.forbidden")}</p>
        </Match>
        <Match when={status() === 0 && props.error instanceof TypeError}>
          <p>{t("state.offline")}</p>
        </Match>
      </Switch>
      <Show when={props.onRetry && status() !== 404}>
        <button type="button" class="secondary" onClick={() => props.onRetry?.()}>
          {t("state.retry")}
        </button>
      </Show>
    </div>
  );
}

/**
 * The query's current data as one stable object: reads go to the latest data, so the page is rendered once
 * and updates in place when the data is refetched (a form half-filled on it keeps what was typed).
 */
function live<T>(read: () => T): T {
  const first = read() as object;
  return new Proxy(Array.isArray(first) ? [] : {}, {
    get: (_target, key) => {
      const current = read() as Record<PropertyKey, unknown>;
      const value = current[key];
      return typeof value === "function" ? value.bind(current) : value;
    },
    has: (_target, key) => key in (read() as object),
    ownKeys: () => Reflect.ownKeys(read() as object),
    getOwnPropertyDescriptor: (_target, key) => {
      const d = Reflect.getOwnPropertyDescriptor(read() as object, key);
      return d ? { ...d, configurable: true } : undefined;
    },
  }) as T;
}

/** Shows a query's loading, error or data; the data renderer sees only loaded data. */
export function QueryView<T>(props: {
  readonly query: UseQueryResult<T>;
  readonly height?: string;
  readonly children: (data: T) => JSX.Element;
}): JSX.Element {
  return (
    <Switch>
      <Match when={props.query.isError}>
        <ErrorState error={props.query.error} onRetry={() => void props.query.refetch()} />
      </Match>
      <Match when={props.query.data !== undefined}>
        {untrack(() => props.children(live(() => props.query.data as T)))}
      </Match>
      <Match when={true}>
        <Loading {...(props.height ? { height: props.height } : {})} />
      </Match>
    </Switch>
  );
}

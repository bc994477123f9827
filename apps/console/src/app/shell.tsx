import { A, Navigate, type RouteSectionProps, useLocation, useNavigate } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { createEffect, createSignal, type JSX, lazy, Match, onCleanup, Show, Switch } from "solid-js";
import { api, sessionEvents, unwrap } from "../api/client.ts";
import { type User, useSession } from "../auth/session.ts";
import { zoneName } from "../i18n/format.ts";
import { locale, setLocale, t } from "../i18n/i18n.ts";
import { dropAllDrafts } from "../ui/drafts-store.ts";
import { ErrorState, Loading } from "../ui/states.tsx";
import { AlertsBell } from "./alerts-bell.tsx";
import { pageSearchBox, shortcutOf } from "./search/shortcuts.ts";

// The quick jump is loaded the first time it is opened: no page needs it to be usable.
const QuickJump = lazy(() => import("./search/quick-jump.tsx"));

/** The language switch: names the other language in that language. */
export function LanguageSwitch(): JSX.Element {
  return (
    <button
      type="button"
      class="link"
      lang={locale() === "id" ? "en" : "id"}
      onClick={() => void setLocale(locale() === "id" ? "en" : "id")}
    >
      {t("shell.otherLanguage")}
    </button>
  );
}

/** Where the user works: their facility and its time zone, their regional office, or the whole country. */
function FocusLabel(props: { readonly user: User }): JSX.Element {
  const facility = useQuery(() => ({
    queryKey: ["facility", props.user.scope.kind === "facility" ? props.user.scope.facilityId : ""],
    enabled: props.user.scope.kind === "facility",
    queryFn: async () => {
      const scope = props.user.scope;
      if (scope.kind !== "facility") return null;
      return unwrap(await api.GET("/api/v1/facilities/{id}", { params: { path: { id: scope.facilityId } } }));
    },
  }));
  const office = useQuery(() => ({
    queryKey: [
      "regional-office",
      props.user.scope.kind === "regional" ? props.user.scope.regionalOfficeId : "",
    ],
    enabled: props.user.scope.kind === "regional",
    queryFn: async () => {
      const scope = props.user.scope;
      if (scope.kind !== "regional") return null;
      return unwrap(
        await api.GET("/api/v1/regional-offices/{id}", { params: { path: { id: scope.regionalOfficeId } } }),
      );
    },
  }));
  return (
    <span class="shell-focus" data-testid="focus">
      <Switch fallback={props.user.scope.kind === "national" ? t("shell.focus.national") : "…"}>
        <Match when={facility.data}>{(f) => `${f().name} · ${zoneName(f().timeZone)}`}</Match>
        <Match when={office.data}>{(o) => `${o().name} · ${t("shell.focus.allFacilities")}`}</Match>
        <Match when={props.user.scope.kind === "partner"}>{t("shell.focus.partner")}</Match>
      </Switch>
    </span>
  );
}

function Navigation(): JSX.Element {
  const session = useSession();
  const links: { href: string; label: () => string; end?: boolean; show: () => boolean }[] = [
    { href: "/", label: () => t("nav.home"), end: true, show: () => true },
    { href: "/visits", label: () => t("nav.visits"), show: () => session.can("engagements:read") },
    { href: "/agreements", label: () => t("nav.agreements"), show: () => session.can("agreements:read") },
    { href: "/partners", label: () => t("nav.partners"), show: () => session.can("organisation:read") },
    { href: "/facilities", label: () => t("nav.facilities"), show: () => session.can("organisation:read") },
    { href: "/reports", label: () => t("nav.reports"), show: () => session.can("reports:read") },
  ];
  return (
    <nav class="shell-nav" aria-label={t("nav.label")}>
      <ul>
        {links.map((link) => (
          <Show when={link.show()}>
            <li>
              <A href={link.href} end={link.end ?? false} activeClass="active">
                {link.label()}
              </A>
            </li>
          </Show>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The signed-in frame: header with the place in focus, language and account; navigation; the page.
 * Nobody signed in (or a session that ended) goes to sign-in and comes back here afterwards.
 */
export function Shell(props: RouteSectionProps): JSX.Element {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const here = () => `${location.pathname}${location.search}`;
  sessionEvents.onExpired = () => {
    session.forget();
    navigate(`/sign-in?next=${encodeURIComponent(here())}&expired=1`, { replace: true });
  };
  sessionEvents.onPasswordChangeRequired = () => void session.me.refetch();
  onCleanup(() => {
    sessionEvents.onExpired = () => {};
  });
  createEffect(() => {
    document.title = `Sinergi`;
  });
  const [jumpOpen, setJumpOpen] = createSignal(false);
  const [jumpUsed, setJumpUsed] = createSignal(false);
  const openJump = () => {
    setJumpUsed(true);
    setJumpOpen(true);
  };
  const onKey = (e: KeyboardEvent) => {
    if (!session.me.data) return;
    const shortcut = shortcutOf(e);
    if (shortcut === null) return;
    e.preventDefault();
    const box = shortcut === "search" ? pageSearchBox() : null;
    // A page without a search box still finds by name: "/" opens the quick jump there.
    if (box) box.focus();
    else openJump();
  };
  document.addEventListener("keydown", onKey);
  onCleanup(() => document.removeEventListener("keydown", onKey));
  const signOut = async () => {
    await api.POST("/api/v1/auth/sign-out");
    dropAllDrafts();
    session.forget();
    navigate("/sign-in", { replace: true });
  };
  return (
    <Switch>
      <Match when={session.me.isError}>
        <main class="public-page">
          <ErrorState error={session.me.error} onRetry={() => void session.me.refetch()} />
        </main>
      </Match>
      <Match when={session.me.data === null}>
        <Navigate href={`/sign-in?next=${encodeURIComponent(here())}`} />
      </Match>
      <Match when={session.me.data?.mustChangePassword && location.pathname !== "/change-password"}>
        <Navigate href={`/change-password?next=${encodeURIComponent(here())}`} />
      </Match>
      <Match when={session.me.data}>
        {(user) => (
          <div class="shell">
            <a class="skip-link" href="#main">
              {t("shell.skip")}
            </a>
            <header class="shell-header">
              <div class="row">
                <A class="shell-brand" href="/">
                  Sinergi
                </A>
                <FocusLabel user={user()} />
              </div>
              <div class="shell-tools">
                <button type="button" class="link" aria-keyshortcuts="Control+K Meta+K" onClick={openJump}>
                  {t("jump.open")} <kbd>Ctrl+K</kbd>
                </button>
                <Show when={session.can("alerts:read")}>
                  <AlertsBell />
                </Show>
                <LanguageSwitch />
                <span>{user().name}</span>
                <A href="/change-password">{t("shell.changePassword")}</A>
                <button type="button" class="link" onClick={() => void signOut()}>
                  {t("shell.signOut")}
                </button>
              </div>
            </header>
            <Navigation />
            <main class="shell-main" id="main" tabindex="-1">
              {props.children}
            </main>
            <Show when={jumpUsed()}>
              <QuickJump open={jumpOpen()} onOpenChange={setJumpOpen} />
            </Show>
          </div>
        )}
      </Match>
      <Match when={true}>
        <Loading />
      </Match>
    </Switch>
  );
}

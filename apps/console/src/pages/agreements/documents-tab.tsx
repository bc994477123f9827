import { useQuery } from "@tanstack/solid-query";
import { createSignal, For, type JSX, Show } from "solid-js";
import { api, ifMatch, isStatus, type Schemas, unwrap } from "../../api/client.ts";
import { useSession } from "../../auth/session.ts";
import { formatDateTime, formatNumber } from "../../i18n/format.ts";
import { t } from "../../i18n/i18n.ts";
import { describeError } from "../../ui/errors.ts";
import { FieldFrame } from "../../ui/fields.tsx";
import { NonEmpty, StaleNotice } from "../../ui/states.tsx";
import { Addendum } from "./addendum.tsx";
import { downloadHref, ownerOf, uploadDocument } from "./documents.ts";

type Agreement = Schemas["Agreement"];

/** A stored document's facts (name, size, SHA-256, when uploaded) and its download link. */
function DocumentRow(props: { readonly id: string; readonly label: string; readonly timeZone: string }) {
  const facts = useQuery(() => ({
    queryKey: ["document", props.id],
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/documents/{id}", { params: { path: { id: props.id } } })),
  }));
  return (
    <li class="card">
      <strong>{props.label}</strong>
      <Show when={facts.data} fallback={<p class="muted">{t("state.loading")}</p>}>
        {(d) => (
          <>
            <p>
              <a href={downloadHref(d().id)} download={d().fileName}>
                {t("documents.download", { name: d().fileName })}
              </a>{" "}
              <span class="muted">
                {t("documents.size", { size: formatNumber(Math.max(1, Math.round(d().sizeBytes / 1024))) })} ·{" "}
                {t("documents.uploadedAt", { at: formatDateTime(d().createdAt, props.timeZone) })}
              </span>
            </p>
            <p class="muted hash">SHA-256 {d().sha256}</p>
          </>
        )}
      </Show>
    </li>
  );
}

/** The scan of an agreement not yet signed: uploaded and attached, with the revision read (412 if changed). */
function AttachScan(props: {
  readonly agreement: Agreement;
  readonly onChanged: (next?: Agreement) => Promise<void>;
}) {
  const [file, setFile] = createSignal<File | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [stale, setStale] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const attach = async () => {
    const chosen = file();
    if (!chosen) return setFailure(t("record.scanMissing"));
    setBusy(true);
    setFailure(null);
    try {
      const stored = await uploadDocument(chosen, "signed_agreement", ownerOf(props.agreement));
      const next = unwrap(
        await api.PATCH("/api/v1/agreements/{id}", {
          params: { path: { id: props.agreement.id }, header: ifMatch(props.agreement) },
          body: { signedDocumentId: stored.id },
        }),
      );
      await props.onChanged(next);
    } catch (e) {
      if (isStatus(e, 412)) setStale(true);
      else setFailure(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      class="card"
      onSubmit={(e) => {
        e.preventDefault();
        void attach();
      }}
    >
      <Show when={stale()}>
        <StaleNotice
          onReload={() => {
            setStale(false);
            void props.onChanged();
          }}
        />
      </Show>
      <Show when={failure()}>
        <p class="notice danger" role="alert">
          {failure()}
        </p>
      </Show>
      <FieldFrame id="attach-scan" label={t("documents.attach")} hint={t("moves.sign.fileHint")}>
        <input
          id="attach-scan"
          type="file"
          accept="application/pdf,image/jpeg,image/png"
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        />
      </FieldFrame>
      <button type="submit" disabled={busy()}>
        {t("documents.upload")}
      </button>
    </form>
  );
}

/** An agreement's documents: the signed paper of each version, to download; upload where the user may. */
export function DocumentsTab(props: {
  readonly agreement: Agreement;
  /** The action plan, for what an addendum may end. */
  readonly items: readonly Schemas["ActionItem"][];
  readonly onChanged: (next?: Agreement) => Promise<void>;
}): JSX.Element {
  const session = useSession();
  const a = () => props.agreement;
  const versions = useQuery(() => ({
    queryKey: ["agreement", a().id, "versions", a().version],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/agreements/{id}/versions", { params: { path: { id: a().id } } })).items,
  }));
  const rows = () => [
    ...(a().signedDocumentId
      ? [{ id: a().signedDocumentId as string, label: t("documents.current", { version: a().version }) }]
      : []),
    ...(versions.data ?? [])
      .filter((v) => !v.current && typeof v.snapshot.signedDocumentId === "string")
      .map((v) => ({
        id: v.snapshot.signedDocumentId as string,
        label: t("documents.version", { version: v.version }),
      })),
  ];
  const unsigned = () => ["draft", "proposed", "negotiating"].includes(a().state);
  return (
    <>
      <NonEmpty items={rows()} empty={t("documents.empty")}>
        <ul class="documents">
          <For each={rows()}>
            {(row) => <DocumentRow id={row.id} label={row.label} timeZone={a().timeZone} />}
          </For>
        </ul>
      </NonEmpty>
      <Show when={unsigned() && session.can("agreements:write")}>
        <AttachScan agreement={a()} onChanged={props.onChanged} />
      </Show>
      <Show when={a().state === "signed" && session.can("agreements:sign")}>
        <Addendum agreement={a()} items={props.items} onChanged={props.onChanged} />
      </Show>
    </>
  );
}

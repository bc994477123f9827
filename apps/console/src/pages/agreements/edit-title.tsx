import { createSignal, type JSX, Show } from "solid-js";
import { api, ifMatch, isStatus, type Schemas, unwrap } from "../../api/client.ts";
import { t } from "../../i18n/i18n.ts";
import { describeError } from "../../ui/errors.ts";
import { StaleNotice } from "../../ui/states.tsx";

/**
 * Renames a draft. The change is sent with the revision that was read: if someone changed the agreement
 * meanwhile the API refuses it (412) and the user is told so and offered a reload; what they typed stays.
 */
export function EditTitle(props: {
  readonly agreement: Schemas["Agreement"];
  readonly onSaved: (next: Schemas["Agreement"]) => Promise<void>;
  readonly onReload: () => Promise<void>;
}): JSX.Element {
  const [editing, setEditing] = createSignal(false);
  const [title, setTitle] = createSignal(props.agreement.title);
  const [stale, setStale] = createSignal(false);
  const [failure, setFailure] = createSignal<string | null>(null);
  const save = async () => {
    setFailure(null);
    try {
      const next = unwrap(
        await api.PATCH("/api/v1/agreements/{id}", {
          params: { path: { id: props.agreement.id }, header: ifMatch(props.agreement) },
          body: { title: title() },
        }),
      );
      setEditing(false);
      setStale(false);
      await props.onSaved(next);
    } catch (e) {
      if (isStatus(e, 412)) setStale(true);
      else setFailure(describeError(e));
    }
  };
  return (
    <Show
      when={editing()}
      fallback={
        <p>
          <button type="button" class="secondary" onClick={() => setEditing(true)}>
            {t("edit.title")}
          </button>
        </p>
      }
    >
      <form
        class="card"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Show when={stale()}>
          <StaleNotice
            onReload={() => {
              setStale(false);
              void props.onReload();
            }}
          />
        </Show>
        <Show when={failure()}>
          <p class="notice danger" role="alert">
            {failure()}
          </p>
        </Show>
        <div class="field">
          <label for="edit-title">{t("agreement.title")}</label>
          <input id="edit-title" value={title()} onInput={(e) => setTitle(e.currentTarget.value)} />
        </div>
        <div class="row">
          <button type="submit">{t("action.save")}</button>
          <button type="button" class="secondary" onClick={() => setEditing(false)}>
            {t("action.cancel")}
          </button>
        </div>
      </form>
    </Show>
  );
}

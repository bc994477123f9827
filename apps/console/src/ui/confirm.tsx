import { AlertDialog } from "@kobalte/core/alert-dialog";
import { createSignal, type JSX, Show } from "solid-js";
import { isStatus } from "../api/client.ts";
import { t } from "../i18n/i18n.ts";
import { describeError } from "./errors.ts";
import { StaleNotice } from "./states.tsx";

/**
 * A button that asks before it acts, naming the consequence. The dialog may hold a form (a reason, a
 * date): `children` renders inside it and `onConfirm` runs on the confirm button; an error it throws
 * stays in the dialog, in words. When someone else changed the record meanwhile (412) the dialog says so
 * and offers `onReload`; it stays open with what was typed, to confirm again on the fresh record.
 */
export function ConfirmButton(props: {
  readonly label: string;
  readonly title: string;
  readonly consequence: string;
  readonly confirmLabel: string;
  readonly danger?: boolean;
  /** A lesser action beside the main one (outlined, as a secondary button). */
  readonly secondary?: boolean;
  readonly children?: JSX.Element;
  readonly onConfirm: () => Promise<void>;
  readonly onReload?: () => Promise<void>;
}): JSX.Element {
  const [open, setOpen] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [stale, setStale] = createSignal(false);
  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    setStale(false);
    try {
      await props.onConfirm();
      setOpen(false);
    } catch (e) {
      if (isStatus(e, 412) && props.onReload) setStale(true);
      else setFailure(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <AlertDialog open={open()} onOpenChange={setOpen}>
      <AlertDialog.Trigger
        class={props.danger ? "button danger" : props.secondary ? "button secondary" : "button"}
      >
        {props.label}
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay class="dialog-overlay" />
        <div class="dialog-positioner">
          <AlertDialog.Content class="dialog">
            <AlertDialog.Title as="h2">{props.title}</AlertDialog.Title>
            <AlertDialog.Description as="p">{props.consequence}</AlertDialog.Description>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void confirm();
              }}
            >
              {props.children}
              <Show when={stale()}>
                <StaleNotice
                  onReload={() => {
                    setStale(false);
                    void props.onReload?.();
                  }}
                />
              </Show>
              <Show when={failure()}>
                <p class="notice danger" role="alert">
                  {failure()}
                </p>
              </Show>
              <div class="row">
                <button type="submit" class={props.danger ? "danger" : ""} disabled={busy()}>
                  {props.confirmLabel}
                </button>
                <AlertDialog.CloseButton class="button secondary">
                  {t("action.cancel")}
                </AlertDialog.CloseButton>
              </div>
            </form>
          </AlertDialog.Content>
        </div>
      </AlertDialog.Portal>
    </AlertDialog>
  );
}

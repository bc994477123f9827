import { AlertDialog } from "@kobalte/core/alert-dialog";
import { createSignal, type JSX, Show } from "solid-js";
import { t } from "../i18n/i18n.ts";

/**
 * A button that asks before it acts, naming the consequence. The dialog may hold a form (a reason, a
 * date): `children` renders inside it and `onConfirm` runs on the confirm button; an error it throws
 * stays in the dialog.
 */
export function ConfirmButton(props: {
  readonly label: string;
  readonly title: string;
  readonly consequence: string;
  readonly confirmLabel: string;
  readonly danger?: boolean;
  readonly children?: JSX.Element;
  readonly onConfirm: () => Promise<void>;
}): JSX.Element {
  const [open, setOpen] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await props.onConfirm();
      setOpen(false);
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <AlertDialog open={open()} onOpenChange={setOpen}>
      <AlertDialog.Trigger class={props.danger ? "button danger" : "button"}>
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

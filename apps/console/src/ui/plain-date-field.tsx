import { createSignal, type JSX } from "solid-js";
import { DateEcho, describedBy, FieldFrame } from "./fields.tsx";

/**
 * A labelled date input outside a form library (the move and addendum dialogs read it by id), with its hint
 * and the chosen day in words beside it, as every form field shows it.
 */
export function PlainDateField(props: {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly value?: string | null | undefined;
  readonly required?: boolean;
}): JSX.Element {
  // The input stays uncontrolled (what is typed survives a re-render); the signal only feeds the words.
  const [day, setDay] = createSignal(props.value ?? "");
  return (
    <FieldFrame id={props.id} label={props.label} hint={props.hint}>
      <div class="date-control">
        <input
          id={props.id}
          type="date"
          required={props.required}
          value={props.value ?? ""}
          aria-describedby={describedBy(props.id, props.hint, undefined, true)}
          onInput={(e) => setDay(e.currentTarget.value)}
          onChange={(e) => setDay(e.currentTarget.value)}
        />
        <DateEcho id={props.id} value={day()} />
      </div>
    </FieldFrame>
  );
}

import type { JSX } from "solid-js";
import { Show } from "solid-js";
import { fieldShortLabel } from "./field-labels.ts";

/**
 * A coverage matrix's column head for a field of cooperation: its short name on screen (eight columns fit
 * a laptop's width), its full name as the tooltip and as what a screen reader reads.
 */
export function FieldColumnHeader(props: { readonly field: string; readonly full: string }): JSX.Element {
  const short = () => fieldShortLabel(props.field);
  return (
    <th scope="col" class="field-column" title={props.full}>
      <Show when={short() !== props.full} fallback={props.full}>
        <span aria-hidden="true">{short()}</span>
        <span class="visually-hidden">{props.full}</span>
      </Show>
    </th>
  );
}

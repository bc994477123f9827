import type { JSX } from "solid-js";
import { FacilityField } from "./facility-field.tsx";
import { FieldCodeChoices } from "./field-choices.tsx";
import { FieldCodeSelect } from "./field-select.tsx";
import { bound, ChoiceGroup, SelectField, TextField } from "./fields.tsx";
import { fieldId } from "./form.tsx";
import { SearchableChoices } from "./searchable-choices.tsx";
import { SearchableSelect } from "./searchable-select.tsx";

type FieldState = { readonly value: never; readonly error: string };
// modular-forms types each Field by its form's value paths; the kit below names fields by string, so it
// sees the form's Field through this looser shape (the paths are checked by the schema and by the tests).
type AnyField = (props: {
  name: string;
  type?: "string" | "string[]" | "number";
  children: (field: FieldState, props: never) => JSX.Element;
}) => JSX.Element;

type Bound<P> = Omit<P, "value" | "inputProps" | "error">;
type TextProps = Bound<Parameters<typeof TextField>[0]>;
type SelectProps = Bound<Parameters<typeof SelectField>[0]>;
type ChoicesProps = Bound<Parameters<typeof ChoiceGroup>[0]>;
type SearchChoicesProps = Bound<Parameters<typeof SearchableChoices>[0]>;
type SearchSelectProps = Bound<Parameters<typeof SearchableSelect>[0]>;
type FacilityProps = Bound<Parameters<typeof FacilityField>[0]>;
type FieldCodesProps = Bound<Parameters<typeof FieldCodeChoices>[0]>;
type FieldCodeProps = Omit<Bound<Parameters<typeof FieldCodeSelect>[0]>, "id"> & { readonly name: string };

/** The console's field components bound to one form's fields by name: label, hint and error wired once. */
export interface FieldKit {
  readonly Text: (props: TextProps) => JSX.Element;
  readonly Select: (props: SelectProps) => JSX.Element;
  /** A select over a long register: the options at hand, and a search that adds any other and chooses it. */
  readonly SearchSelect: (props: SearchSelectProps) => JSX.Element;
  readonly Choices: (props: ChoicesProps) => JSX.Element;
  /** Checkboxes for a long register: those at hand, and a search that adds any other, ticked. */
  readonly SearchChoices: (props: SearchChoicesProps) => JSX.Element;
  readonly Facility: (props: FacilityProps) => JSX.Element;
  /** The fields of cooperation, with "another field" for a code outside the standard list. */
  readonly FieldCodes: (props: FieldCodesProps) => JSX.Element;
  /** One field of cooperation as a select, with "another field…" for a code outside the list. */
  readonly FieldCode: (props: FieldCodeProps) => JSX.Element;
}

/** A field kit for a modular-forms form, from the `Field` component its `createForm` returned. */
export function fieldKit(field: unknown): FieldKit {
  const F = field as AnyField;
  return {
    Text: (props) => <F name={props.name}>{(f, p) => <TextField {...props} {...bound(f, p)} />}</F>,
    Select: (props) => <F name={props.name}>{(f, p) => <SelectField {...props} {...bound(f, p)} />}</F>,
    SearchSelect: (props) => (
      <F name={props.name}>{(f, p) => <SearchableSelect {...props} {...bound(f, p)} />}</F>
    ),
    Choices: (props) => (
      <F name={props.name} type="string[]">
        {(f, p) => <ChoiceGroup {...props} {...bound(f, p)} />}
      </F>
    ),
    SearchChoices: (props) => (
      <F name={props.name} type="string[]">
        {(f, p) => <SearchableChoices {...props} {...bound(f, p)} />}
      </F>
    ),
    Facility: (props) => <F name="facilityId">{(f, p) => <FacilityField {...props} {...bound(f, p)} />}</F>,
    FieldCodes: (props) => (
      <F name={props.name} type="string[]">
        {(f, p) => <FieldCodeChoices {...props} {...bound(f, p)} />}
      </F>
    ),
    FieldCode: (props) => (
      <F name={props.name}>
        {(f, p) => <FieldCodeSelect {...props} id={fieldId(props.name)} {...bound(f, p)} />}
      </F>
    ),
  };
}

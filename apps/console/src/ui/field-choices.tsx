import { createSignal, For, type JSX } from "solid-js";
import { t } from "../i18n/i18n.ts";
import { fieldChoices, fieldLabel, OTHER_FIELDS, toFieldCode } from "./field-labels.ts";
import { ChoiceGroup, describedBy, FieldFrame, tickChoice } from "./fields.tsx";
import { fieldId } from "./form.tsx";

/**
 * The fields of cooperation as checkboxes: the standard ones, those the record already has, and a plain way
 * to add another ("Bidang lain"): the admin types its name, the console makes the snake_case code the API
 * takes and ticks it.
 */
export function FieldCodeChoices(props: {
  readonly name: string;
  readonly legend: string;
  readonly error?: string;
  readonly value: readonly string[] | undefined;
  readonly inputProps: JSX.InputHTMLAttributes<HTMLInputElement>;
}): JSX.Element {
  const [added, setAdded] = createSignal<string[]>([]);
  const [typed, setTyped] = createSignal("");
  const [problem, setProblem] = createSignal<string>();
  let box: HTMLDivElement | undefined;
  const other = () => `${fieldId(props.name)}-other`;
  const choices = () => fieldChoices([...(props.value ?? []), ...added()]);
  const add = () => {
    const code = toFieldCode(typed());
    if (!code) {
      setProblem(t("field.otherInvalid"));
      return;
    }
    setProblem(undefined);
    if (!choices().some((c) => c.value === code)) setAdded([...added(), code]);
    tickChoice(box, code);
    setTyped("");
  };
  return (
    <ChoiceGroup
      name={props.name}
      legend={props.legend}
      {...(props.error ? { error: props.error } : {})}
      value={props.value}
      choices={choices()}
      inputProps={props.inputProps}
    >
      <div class="other-field" ref={box}>
        <FieldFrame id={other()} label={t("field.other")} hint={t("field.otherHint")} error={problem()}>
          <div class="row">
            <input
              id={other()}
              list={`${other()}-known`}
              autocomplete="off"
              value={typed()}
              aria-describedby={describedBy(other(), t("field.otherHint"), problem())}
              onInput={(e) => setTyped(e.currentTarget.value)}
              onKeyDown={(e) => {
                // Enter adds the field here; it must not submit the whole form.
                if (e.key === "Enter") {
                  e.preventDefault();
                  add();
                }
              }}
            />
            <button type="button" class="secondary" onClick={add}>
              {t("field.otherAdd")}
            </button>
          </div>
          <datalist id={`${other()}-known`}>
            <For each={OTHER_FIELDS}>{(f) => <option value={fieldLabel(f)} />}</For>
          </datalist>
        </FieldFrame>
      </div>
    </ChoiceGroup>
  );
}

import { createForm, type FieldValues, type PartialValues } from "@modular-forms/solid";
import { createSignal } from "solid-js";
import type * as v from "valibot";
import { dropDraft, keepDraft, restoreDraft } from "./draft.ts";
import { applyProblem, schemaForm } from "./form.tsx";

/**
 * A form creating a facility's record: validated with the API's own schema on submit, what is typed kept
 * in this tab until the API accepts it, and the API's field errors put beside their fields (the others
 * returned as `loose`, for the summary).
 */
export function createDraftForm<T extends FieldValues & { facilityId: string }>(options: {
  /** Where the typed values are kept in this tab. */
  readonly draft: string;
  readonly initial: PartialValues<T>;
  readonly fixedFacilityId?: string | undefined;
  readonly schema: v.GenericSchema;
  readonly toBody: (values: Partial<T>) => unknown;
  /** The fields the API's errors may name, for the values sent. */
  readonly fields: (values: T) => readonly string[];
  readonly onSubmit: (body: unknown) => Promise<void>;
}) {
  const saved = restoreDraft<T>(options.draft);
  const [form, components] = createForm<T>({
    initialValues: {
      ...options.initial,
      ...saved,
      facilityId: options.fixedFacilityId ?? saved?.facilityId ?? "",
    } as PartialValues<T>,
    validate: schemaForm<T>(options.schema, options.toBody),
    validateOn: "submit",
    revalidateOn: "input",
  });
  keepDraft(form, options.draft);
  const [loose, setLoose] = createSignal<string[]>([]);
  const submit = async (values: T) => {
    setLoose([]);
    try {
      await options.onSubmit(options.toBody(values));
      dropDraft(options.draft);
    } catch (e) {
      setLoose(applyProblem(form, e, options.fields(values)));
    }
  };
  return { form, ...components, loose, submit };
}

import { createForm } from "@modular-forms/solid";
import { CreatePartnerSchema, UpdatePartnerSchema } from "@sinergi/domain";
import { useNavigate, useParams } from "@solidjs/router";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { createSignal, type JSX, Show } from "solid-js";
import { api, ifMatch, isStatus, type Schemas, unwrap } from "../../api/client.ts";
import { t } from "../../i18n/i18n.ts";
import { fieldKit } from "../../ui/bound-fields.tsx";
import { choicesOf, labelled } from "../../ui/fields.tsx";
import { applyProblem, FormErrors, schemaForm } from "../../ui/form.tsx";
import { PARTNER_KINDS, partnerKindLabel } from "../../ui/labels.tsx";
import { StaleNotice } from "../../ui/states.tsx";
import { usePartners } from "../lookups.ts";
import { MAY_HAVE_UNITS, parentRegister } from "./list-query.ts";

type PartnerValues = { kind: string; name: string; parentId: string; areaCode: string; fields: string[] };

/** The API body: an empty parent or area is "none". */
export function toBody(values: Partial<PartnerValues>): unknown {
  return {
    kind: values.kind,
    name: values.name ?? "",
    parentId: values.parentId || null,
    areaCode: values.areaCode || null,
    fields: values.fields ?? [],
  };
}

function PartnerForm(props: {
  readonly partner?: Schemas["Partner"];
  /** Partners at hand to choose the parent from (the lookup's first 200, and the parent it has). */
  readonly partners: readonly Schemas["Partner"][];
  readonly onSaved: () => void;
  readonly onReload: () => void;
}): JSX.Element {
  const client = useQueryClient();
  const [form, { Form, Field }] = createForm<PartnerValues>({
    initialValues: {
      kind: props.partner?.kind ?? "government_agency",
      name: props.partner?.name ?? "",
      parentId: props.partner?.parentId ?? "",
      areaCode: props.partner?.areaCode ?? "",
      fields: [...(props.partner?.fields ?? [])],
    },
    validate: schemaForm<PartnerValues>(props.partner ? UpdatePartnerSchema : CreatePartnerSchema, toBody),
    validateOn: "submit",
    revalidateOn: "input",
  });
  const { Text, Select, SearchSelect, FieldCodes } = fieldKit(Field);
  const [loose, setLoose] = createSignal<string[]>([]);
  const [stale, setStale] = createSignal(false);
  const submit = async (values: PartnerValues) => {
    setLoose([]);
    try {
      const body = toBody(values) as never;
      const existing = props.partner;
      if (existing)
        unwrap(
          await api.PATCH("/api/v1/partners/{id}", {
            params: { path: { id: existing.id }, header: ifMatch(existing) },
            body,
          }),
        );
      else unwrap(await api.POST("/api/v1/partners", { body }));
      await client.invalidateQueries({ queryKey: ["partners"] });
      props.onSaved();
    } catch (e) {
      if (isStatus(e, 412)) setStale(true);
      else setLoose(applyProblem(form, e, ["kind", "name", "parentId", "areaCode", "fields"]));
    }
  };
  return (
    <Form onSubmit={submit} shouldActive={false}>
      <Show when={stale()}>
        <StaleNotice onReload={() => props.onReload()} />
      </Show>
      <FormErrors form={form} loose={loose()} />
      <Select name="kind" label={t("partner.kind")} choices={labelled(PARTNER_KINDS, partnerKindLabel)} />
      <Text name="name" label={t("partner.name")} />
      <SearchSelect
        name="parentId"
        label={t("partner.parent")}
        hint={t("partner.parentHint")}
        blank={t("partner.noParent")}
        choices={choicesOf(
          props.partners.filter((x) => x.id !== props.partner?.id && MAY_HAVE_UNITS.has(x.kind)),
        )}
        register={parentRegister}
        searchLabel={t("partner.searchParent")}
      />
      <Text name="areaCode" label={t("partner.area")} hint={t("partner.areaHint")} />
      <FieldCodes name="fields" legend={t("agreement.fields")} />
      <button type="submit" disabled={form.submitting}>
        {t("action.save")}
      </button>
    </Form>
  );
}

/** Creating a partner, or editing one (with the revision read, so a concurrent change is caught). */
export default function PartnerFormPage(): JSX.Element {
  const params = useParams<{ id?: string }>();
  const navigate = useNavigate();
  const partners = usePartners();
  const partner = useQuery(() => ({
    queryKey: ["partner", params.id ?? ""],
    enabled: params.id !== undefined,
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/partners/{id}", { params: { path: { id: params.id ?? "" } } })),
  }));
  // A parent beyond the lookup's first 200 is read by its id, so the form shows it rather than "none".
  const parentId = () => partner.data?.parentId ?? null;
  const parent = useQuery(() => ({
    queryKey: ["partner", parentId() ?? ""],
    enabled:
      parentId() !== null && partners.data !== undefined && !partners.data.some((p) => p.id === parentId()),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/partners/{id}", { params: { path: { id: parentId() ?? "" } } })),
  }));
  const ready = () => partners.data && (params.id === undefined || partner.data) && !parent.isLoading;
  return (
    <section>
      <h1>{params.id ? t("partners.edit") : t("partners.new")}</h1>
      <Show when={ready()} keyed fallback={<p class="muted">{t("state.loading")}</p>}>
        <PartnerForm
          {...(partner.data ? { partner: partner.data } : {})}
          partners={[...(parent.data ? [parent.data] : []), ...(partners.data ?? [])]}
          onSaved={() => navigate("/partners")}
          onReload={() => void partner.refetch()}
        />
      </Show>
    </section>
  );
}

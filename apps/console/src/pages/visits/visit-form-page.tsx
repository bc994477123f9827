import { useNavigate } from "@solidjs/router";
import { useQueryClient } from "@tanstack/solid-query";
import { type JSX, Show } from "solid-js";
import { api, unwrap } from "../../api/client.ts";
import { useSession } from "../../auth/session.ts";
import { t } from "../../i18n/i18n.ts";
import { useFacilities, usePartners } from "../lookups.ts";
import { VisitForm } from "./visit-form.tsx";

/** Recording a visit; a facility admin records for their own facility. */
export default function VisitFormPage(): JSX.Element {
  const session = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const partners = usePartners();
  const facilities = useFacilities();
  const fixed = () => {
    const scope = session.user()?.scope;
    return scope?.kind === "facility" ? scope.facilityId : undefined;
  };
  return (
    <section>
      <h1>{t("visits.new")}</h1>
      <Show when={partners.data && facilities.data} fallback={<p class="muted">{t("state.loading")}</p>}>
        <VisitForm
          facilities={facilities.data ?? []}
          partners={partners.data ?? []}
          fixedFacilityId={fixed()}
          onSubmit={async (body) => {
            const created = unwrap(await api.POST("/api/v1/engagements", { body: body as never }));
            await client.invalidateQueries({ queryKey: ["engagements"] });
            await client.invalidateQueries({ queryKey: ["follow-ups"] });
            navigate(`/visits/${created.id}`);
          }}
        />
      </Show>
    </section>
  );
}

import { useNavigate } from "@solidjs/router";
import { useQueryClient } from "@tanstack/solid-query";
import { type JSX, Show } from "solid-js";
import { useSession } from "../auth/session.ts";
import { t } from "../i18n/i18n.ts";
import type { Register } from "../ui/name-search.tsx";
import { facilityRegister, LOOKUP_LIMIT, useFacilities, usePartners } from "./lookups.ts";

/** What a form creating a facility's record (a visit, an agreement) is given by its page. */
export interface RecordFormProps {
  readonly facilities: readonly { id: string; name: string }[];
  readonly partners: readonly { id: string; name: string }[];
  /** The partner register beyond those at hand (the API's by default; a test gives its own). */
  readonly partnerRegister?: Register | undefined;
  /** The facility register, given when the facilities at hand were cut at the lookup's limit. */
  readonly facilityRegister?: Register | undefined;
  /** A facility's own staff create records for their facility only. */
  readonly fixedFacilityId?: string | undefined;
  /** Sends the body; an error it throws stays in the form, beside its fields. */
  readonly onSubmit: (body: unknown) => Promise<void>;
}

/**
 * A page creating one record: waits for the facilities and partners the form picks from, sends the body,
 * refreshes the lists that show such records, then opens the new record.
 */
export function NewRecordPage(props: {
  readonly title: string;
  readonly create: (body: unknown) => Promise<{ readonly id: string }>;
  /** The first parts of the query keys whose data the new record changes. */
  readonly refreshes: readonly string[];
  readonly path: (id: string) => string;
  readonly form: (form: RecordFormProps) => JSX.Element;
}): JSX.Element {
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
      <h1>{props.title}</h1>
      <Show when={partners.data && facilities.data} fallback={<p class="muted">{t("state.loading")}</p>}>
        {props.form({
          facilities: facilities.data ?? [],
          partners: partners.data ?? [],
          // A national admin sees 530 facilities: the first 200 by name, and a search for the others.
          facilityRegister: (facilities.data?.length ?? 0) >= LOOKUP_LIMIT ? facilityRegister : undefined,
          fixedFacilityId: fixed(),
          onSubmit: async (body) => {
            const created = await props.create(body);
            for (const key of props.refreshes) await client.invalidateQueries({ queryKey: [key] });
            navigate(props.path(created.id));
          },
        })}
      </Show>
    </section>
  );
}

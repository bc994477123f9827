import type { JSX } from "solid-js";
import { api, unwrap } from "../../api/client.ts";
import { t } from "../../i18n/i18n.ts";
import { NewRecordPage } from "../new-record-page.tsx";
import { VisitForm } from "./visit-form.tsx";

/** Recording a visit; a facility admin records for their own facility. */
export default function VisitFormPage(): JSX.Element {
  return (
    <NewRecordPage
      title={t("visits.new")}
      create={async (body) => unwrap(await api.POST("/api/v1/engagements", { body: body as never }))}
      refreshes={["engagements", "follow-ups"]}
      path={(id) => `/visits/${id}`}
      form={(p) => <VisitForm {...p} />}
    />
  );
}

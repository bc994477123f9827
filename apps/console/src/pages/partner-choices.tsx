import type { JSX } from "solid-js";
import { t } from "../i18n/i18n.ts";
import type { FieldKit } from "../ui/bound-fields.tsx";
import { choicesOf } from "../ui/fields.tsx";
import type { Register } from "../ui/name-search.tsx";
import { partnerRegister } from "./lookups.ts";

/**
 * The partners a record names (`partnerIds`): those at hand as boxes, a search by name for any other in the
 * register, and those a restored draft holds beyond the boxes named and shown ticked.
 */
export function PartnerChoices(props: {
  readonly kit: FieldKit;
  readonly legend: string;
  readonly partners: readonly { id: string; name: string }[];
  /** The API's register by default; a test gives its own. */
  readonly register?: Register | undefined;
}): JSX.Element {
  return (
    <props.kit.SearchChoices
      name="partnerIds"
      legend={props.legend}
      choices={choicesOf(props.partners)}
      scroll
      register={props.register ?? partnerRegister}
      searchLabel={t("partners.searchOther")}
    />
  );
}

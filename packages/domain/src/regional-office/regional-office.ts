import * as v from "valibot";
import {
  described,
  IdSchema,
  IsoInstantSchema,
  RECORD_FIELDS,
  RevisionSchema,
  textSchema,
} from "../shared/schemas.ts";

/** Kanwil: the provincial regional office over facilities. */
export interface RegionalOffice {
  readonly id: string;
  readonly name: string;
  /** Two-digit Kemendagri province code, e.g. `33`. */
  readonly provinceCode: string;
}

const FIELDS = {
  ...RECORD_FIELDS,
  name: "The office's name, e.g. Kanwil Ditjenpas Sumatera Utara.",
  provinceCode: "Two-digit Kemendagri code of the province it covers, e.g. 12 (Sumatera Utara).",
} as const;

/** Province code: two digits. */
export const ProvinceCodeSchema = v.pipe(v.string(), v.regex(/^\d{2}$/, "must be a two-digit province code"));

/** Command: create a regional office. */
export const CreateRegionalOfficeSchema = v.strictObject(
  described(
    {
      name: textSchema(200),
      provinceCode: ProvinceCodeSchema,
    },
    FIELDS,
  ),
);
/** Command: create a regional office. */
export type CreateRegionalOffice = v.InferOutput<typeof CreateRegionalOfficeSchema>;

/** Command: update a regional office (any subset of fields). */
export const UpdateRegionalOfficeSchema = v.partial(CreateRegionalOfficeSchema);
/** Command: update a regional office. */
export type UpdateRegionalOffice = v.InferOutput<typeof UpdateRegionalOfficeSchema>;

/** Regional office as the API returns it. */
export const RegionalOfficeSchema = v.object(
  described(
    {
      id: IdSchema,
      name: v.string(),
      provinceCode: v.string(),
      revision: RevisionSchema,
      createdAt: IsoInstantSchema,
      updatedAt: IsoInstantSchema,
    },
    FIELDS,
  ),
);

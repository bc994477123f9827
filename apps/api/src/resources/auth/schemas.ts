import { IdSchema, IsoInstantSchema, RoleSchema, ScopeSchema } from "@sinergi/domain";
import * as v from "valibot";

/** A user as the API returns it (never a password hash). */
export const UserSchema = v.object({
  id: IdSchema,
  email: v.string(),
  name: v.string(),
  role: RoleSchema,
  scope: ScopeSchema,
  lockedUntil: v.nullable(IsoInstantSchema),
  disabledAt: v.nullable(IsoInstantSchema),
  passwordChangedAt: IsoInstantSchema,
  revision: v.number(),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});

import * as v from "valibot";
import { RoleSchema, ScopeSchema } from "../access/access.ts";
import { IdSchema, IsoInstantSchema } from "../shared/schemas.ts";

/** Shortest password a person may choose. */
export const MIN_PASSWORD_LENGTH = 12;

/** A password a person chooses (length only: passphrases beat composition rules). */
export const NewPasswordSchema = v.pipe(
  v.string("must be a string"),
  v.minLength(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`),
  v.maxLength(1024, "must be at most 1024 characters"),
);

/** An email address as accepted for an account (compared in lower case). */
export const EmailSchema = v.pipe(
  v.string("must be a string"),
  v.trim(),
  v.email("must be an email address"),
  v.maxLength(254, "must be at most 254 characters"),
  v.toLowerCase(),
);

const NameSchema = v.pipe(
  v.string("must be a string"),
  v.trim(),
  v.minLength(1, "must not be empty"),
  v.maxLength(200, "must be at most 200 characters"),
);

/**
 * Command: create a user. Without `password` the server makes a one-time password and shows it once;
 * either way the person must choose their own at the first sign-in.
 */
export const CreateUserSchema = v.strictObject({
  email: EmailSchema,
  name: NameSchema,
  password: v.optional(NewPasswordSchema),
  role: RoleSchema,
  scope: ScopeSchema,
});
/** Command: create a user. */
export type CreateUser = v.InferOutput<typeof CreateUserSchema>;

/** Command: change a user's name, role or scope (any subset). */
export const UpdateUserSchema = v.strictObject({
  name: v.optional(NameSchema),
  role: v.optional(RoleSchema),
  scope: v.optional(ScopeSchema),
});
/** Command: change a user. */
export type UpdateUser = v.InferOutput<typeof UpdateUserSchema>;

/** Command: change one's own password. */
export const ChangePasswordSchema = v.strictObject({
  currentPassword: v.pipe(
    v.string("must be a string"),
    v.minLength(1, "must not be empty"),
    v.maxLength(1024),
  ),
  newPassword: NewPasswordSchema,
});
/** Command: change one's own password. */
export type ChangePassword = v.InferOutput<typeof ChangePasswordSchema>;

/** A user as the API returns it (never a password or its hash). */
export const UserSchema = v.object({
  id: IdSchema,
  email: v.string(),
  name: v.string(),
  role: RoleSchema,
  scope: ScopeSchema,
  status: v.picklist(["active", "locked", "disabled"]),
  mustChangePassword: v.boolean(),
  lockedUntil: v.nullable(IsoInstantSchema),
  disabledAt: v.nullable(IsoInstantSchema),
  lastSignInAt: v.nullable(IsoInstantSchema),
  passwordChangedAt: IsoInstantSchema,
  revision: v.number(),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});
/** A user as the API returns it. */
export type User = v.InferOutput<typeof UserSchema>;

/** A user with the one-time password an admin hands over (shown in this one response only). */
export const UserWithOneTimePasswordSchema = v.object({
  ...UserSchema.entries,
  oneTimePassword: v.string(),
});

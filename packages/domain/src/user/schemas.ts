import * as v from "valibot";
import { RoleSchema, ScopeSchema } from "../access/access.ts";
import {
  described,
  describedPicklist,
  IdSchema,
  IsoInstantSchema,
  RECORD_FIELDS,
  RevisionSchema,
} from "../shared/schemas.ts";

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

const FIELDS = {
  ...RECORD_FIELDS,
  email: "The person's email address, their sign-in name (kept in lower case).",
  name: "The person's name.",
  password: "A password of at least 12 characters; without one the server makes a one-time password.",
  role: "What the person may do.",
  scope: "Where they may do it: nationwide, one regional office or one facility.",
  status: "Whether the account can sign in now.",
  mustChangePassword: "True while the person holds a one-time password and must choose their own.",
  lockedUntil: "Until when repeated failed sign-ins lock the account; null when not locked.",
  disabledAt: "When an admin disabled the account; null when enabled.",
  lastSignInAt: "The last successful sign-in; null if never.",
  passwordChangedAt: "When the password was last set.",
  oneTimePassword: "The one-time password to hand over: shown in this response only.",
  currentPassword: "The password now in use.",
  newPassword: "The new password, at least 12 characters.",
} as const;

/**
 * Command: create a user. Without `password` the server makes a one-time password and shows it once;
 * either way the person must choose their own at the first sign-in.
 */
export const CreateUserSchema = v.strictObject(
  described(
    {
      email: EmailSchema,
      name: NameSchema,
      password: v.optional(NewPasswordSchema),
      role: RoleSchema,
      scope: ScopeSchema,
    },
    FIELDS,
  ),
);
/** Command: create a user. */
export type CreateUser = v.InferOutput<typeof CreateUserSchema>;

/** Command: change a user's name, role or scope (any subset). */
export const UpdateUserSchema = v.strictObject(
  described(
    {
      name: v.optional(NameSchema),
      role: v.optional(RoleSchema),
      scope: v.optional(ScopeSchema),
    },
    FIELDS,
  ),
);
/** Command: change a user. */
export type UpdateUser = v.InferOutput<typeof UpdateUserSchema>;

/** Command: sign in with email and password (the console validates with it too). */
export const SignInSchema = v.strictObject(
  described(
    {
      email: EmailSchema,
      password: v.pipe(v.string("must be a string"), v.minLength(1, "must not be empty"), v.maxLength(1024)),
    },
    { email: "The account's email address.", password: "The account's password." },
  ),
);
/** Command: sign in. */
export type SignIn = v.InferOutput<typeof SignInSchema>;

/** Command: change one's own password. */
export const ChangePasswordSchema = v.strictObject(
  described(
    {
      currentPassword: v.pipe(
        v.string("must be a string"),
        v.minLength(1, "must not be empty"),
        v.maxLength(1024),
      ),
      newPassword: NewPasswordSchema,
    },
    FIELDS,
  ),
);
/** Command: change one's own password. */
export type ChangePassword = v.InferOutput<typeof ChangePasswordSchema>;

/** A user as the API returns it (never a password or its hash). */
export const UserSchema = v.object(
  described(
    {
      id: IdSchema,
      email: v.string(),
      name: v.string(),
      role: RoleSchema,
      scope: ScopeSchema,
      status: describedPicklist(["active", "locked", "disabled"], {
        active: "Can sign in.",
        locked: "Locked for a while after repeated failed sign-ins.",
        disabled: "Disabled by an admin until enabled again.",
      }),
      mustChangePassword: v.boolean(),
      lockedUntil: v.nullable(IsoInstantSchema),
      disabledAt: v.nullable(IsoInstantSchema),
      lastSignInAt: v.nullable(IsoInstantSchema),
      passwordChangedAt: IsoInstantSchema,
      revision: RevisionSchema,
      createdAt: IsoInstantSchema,
      updatedAt: IsoInstantSchema,
    },
    FIELDS,
  ),
);
/** A user as the API returns it. */
export type User = v.InferOutput<typeof UserSchema>;

/** A user with the one-time password an admin hands over (shown in this one response only). */
export const UserWithOneTimePasswordSchema = v.object(
  described({ ...UserSchema.entries, oneTimePassword: v.string() }, FIELDS),
);

import { z } from "zod";
import type { ValidationMessages } from "@/lib/i18n/messages/validation";
import { ROLES } from "./auth-roles";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** Form schemas are built per locale so that every field error reads in the user's language. */
export function authFields(v: ValidationMessages) {
  const text = (max: number) => z.string().trim().min(1, v.required).max(max, v.tooLong(max));
  return {
    name: text(100),
    organisation: text(120),
    email: z.string().trim().min(1, v.required).max(254, v.tooLong(254)).pipe(z.email(v.email)).transform((e) => e.toLowerCase()),
    password: z.string().min(1, v.required).min(PASSWORD_MIN, v.passwordTooShort(PASSWORD_MIN)).max(PASSWORD_MAX, v.tooLong(PASSWORD_MAX)),
    anyPassword: z.string().min(1, v.required).max(PASSWORD_MAX, v.tooLong(PASSWORD_MAX)),
    totpCode: z.string().trim().regex(/^\d{6}$/, v.totpCode),
  };
}

export const signUpSchema = (v: ValidationMessages) => {
  const f = authFields(v);
  return z.object({ name: f.name, organisation: f.organisation, email: f.email, password: f.password });
};

export const signInSchema = (v: ValidationMessages) => {
  const f = authFields(v);
  return z.object({ email: f.email, password: f.anyPassword });
};

export const forgotPasswordSchema = (v: ValidationMessages) => z.object({ email: authFields(v).email });

const withConfirmation = <T extends z.ZodRawShape>(v: ValidationMessages, shape: T, field: "password" | "newPassword") =>
  z
    .object({ ...shape, confirm: z.string() })
    .refine((data) => {
      const values = data as Record<string, unknown>;
      return values[field] === values.confirm;
    }, { path: ["confirm"], message: v.passwordsDiffer });

export const resetPasswordSchema = (v: ValidationMessages) =>
  withConfirmation(v, { token: z.string().min(1, v.required), password: authFields(v).password }, "password");

export const changePasswordSchema = (v: ValidationMessages) => {
  const f = authFields(v);
  return withConfirmation(v, { currentPassword: f.anyPassword, newPassword: f.password }, "newPassword");
};

export const passwordOnlySchema = (v: ValidationMessages) => z.object({ password: authFields(v).anyPassword });
export const totpSchema = (v: ValidationMessages) => z.object({ code: authFields(v).totpCode });

export const setRoleSchema = (v: ValidationMessages) =>
  z.object({ userId: z.string().min(1, v.required), role: z.enum(ROLES, v.invalidChoice) });

export const setBlockedSchema = (v: ValidationMessages) =>
  z.object({
    userId: z.string().min(1, v.required),
    blocked: z.enum(["true", "false"], v.invalidChoice).transform((value) => value === "true"),
  });

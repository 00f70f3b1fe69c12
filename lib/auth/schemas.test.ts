import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/actions/form-action";
import { validationMessages } from "@/lib/i18n/messages/validation";
import { changePasswordSchema, setBlockedSchema, setRoleSchema, signUpSchema, totpSchema } from "./schemas";

const ru = validationMessages.ru;
const en = validationMessages.en;
const valid = { name: "Анна", organisation: "Магазин", email: "Anna@Example.com ", password: "long enough" };

const errorsOf = (result: { success: boolean; error?: unknown }) =>
  result.success ? {} : fieldErrors(result.error as Parameters<typeof fieldErrors>[0]);

describe("sign-up schema", () => {
  it("accepts a valid form and normalises the e-mail", () => {
    const result = signUpSchema(ru).parse(valid);
    expect(result.email).toBe("anna@example.com");
  });

  it("names every empty field", () => {
    const errors = errorsOf(signUpSchema(ru).safeParse({ name: " ", organisation: "", email: "", password: "" }));
    expect(errors).toEqual({ name: ru.required, organisation: ru.required, email: ru.required, password: ru.required });
  });

  it("rejects too long and wrongly formatted values with their own messages", () => {
    const errors = errorsOf(
      signUpSchema(ru).safeParse({ ...valid, name: "я".repeat(101), email: "anna-at-example.com", password: "short" }),
    );
    expect(errors.name).toBe("Не длиннее 100 символов");
    expect(errors.email).toBe(ru.email);
    expect(errors.password).toBe("Пароль должен быть не короче 8 символов");
  });

  it("speaks English for English users", () => {
    expect(errorsOf(signUpSchema(en).safeParse({ ...valid, email: "nope" })).email).toBe(en.email);
  });
});

describe("other auth schemas", () => {
  it("requires matching confirmation when changing the password", () => {
    const errors = errorsOf(changePasswordSchema(ru).safeParse({ currentPassword: "x", newPassword: "new password", confirm: "other" }));
    expect(errors).toEqual({ confirm: ru.passwordsDiffer });
  });

  it("accepts only 6-digit codes", () => {
    expect(totpSchema(ru).safeParse({ code: " 123456 " }).success).toBe(true);
    expect(errorsOf(totpSchema(ru).safeParse({ code: "12345a" }))).toEqual({ code: ru.totpCode });
  });

  it("accepts only known roles and a boolean block flag", () => {
    expect(errorsOf(setRoleSchema(ru).safeParse({ userId: "u1", role: "root" }))).toEqual({ role: ru.invalidChoice });
    expect(setBlockedSchema(ru).parse({ userId: "u1", blocked: "true" }).blocked).toBe(true);
  });
});

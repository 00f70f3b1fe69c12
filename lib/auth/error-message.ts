import { isAPIError } from "better-auth/api";
import type { AuthMessages } from "@/lib/i18n/messages/auth";
import { EmailTakenError } from "./register-seller";
import { AuthorizationError } from "./session";

type Errors = AuthMessages["errors"];

/** Turns whatever Better Auth or a guard threw into a sentence for the user; unknown errors are logged. */
export function authErrorMessage(error: unknown, errors: Errors): string {
  if (error instanceof AuthorizationError) return errors[error.reason];
  if (error instanceof EmailTakenError) return errors.USER_EXISTS;
  if (isAPIError(error)) {
    const code = String(error.body?.code ?? "");
    if (code === "LOGIN_LOCKED") return errors.LOGIN_LOCKED(String(error.body?.message ?? "15"));
    if (code.startsWith("USER_ALREADY_EXISTS")) return errors.USER_EXISTS;
    if (error.statusCode === 429) return errors.TOO_MANY_REQUESTS;
    const simple = code as keyof Errors;
    if (simple in errors && typeof errors[simple] === "string") return errors[simple] as string;
  }
  console.error("[auth] unexpected error", error);
  return errors.unknown;
}

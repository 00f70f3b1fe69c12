import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { authErrorMessage } from "@/lib/auth/error-message";
import { getLocale } from "@/lib/i18n/get-locale";
import type { Locale } from "@/lib/i18n/locales";
import { authMessages } from "@/lib/i18n/messages/auth";
import { type ValidationMessages, validationMessages } from "@/lib/i18n/messages/validation";
import type { FormState } from "./form-state";

const SECRET_FIELD = /password|confirm|code|token|key|secret/i;

/** First message per field, keyed by the field name the form uses. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    result[key] ??= issue.message;
  }
  return result;
}

function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  formData.forEach((value, key) => {
    if (typeof value === "string" && !SECRET_FIELD.test(key) && !key.startsWith("$")) values[key] = value;
  });
  return values;
}

type Context<C> = C & { locale: Locale };

/**
 * The one shape of a form server action: authorise (the guard throws AuthorizationError), validate
 * with a per-locale zod schema, then run the handler. Errors come back as FormState, never thrown,
 * so the form can show them beside the fields.
 */
export function formAction<C, S extends z.ZodType, Data = undefined>(
  guard: () => Promise<C>,
  schema: (v: ValidationMessages) => S,
  handler: (input: z.infer<S>, ctx: Context<C>) => Promise<FormState<Data>>,
) {
  return async (_previous: FormState<Data>, formData: FormData): Promise<FormState<Data>> => {
    const locale = await getLocale();
    const values = echoValues(formData);
    try {
      const ctx = await guard();
      const parsed = schema(validationMessages[locale]).safeParse(Object.fromEntries(formData));
      if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
      const result = await handler(parsed.data, { ...ctx, locale });
      return result.status === "error" ? { values, ...result } : result;
    } catch (error) {
      // Next's redirect()/forbidden() work by throwing; let them through.
      unstable_rethrow(error);
      return { status: "error", message: authErrorMessage(error, authMessages[locale].errors), values };
    }
  };
}

export const publicAccess = async () => ({});

"use client";

import { useActionState } from "react";
import { resetPassword } from "@/app/(auth)/actions/reset-password";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState } from "@/lib/actions/form-state";
import type { AuthMessages } from "@/lib/i18n/messages/auth";

export function ResetPasswordForm({ token, fields, submit }: { token: string; fields: AuthMessages["fields"]; submit: string }) {
  const [state, action] = useActionState(resetPassword, initialFormState);
  return (
    <form action={action} noValidate className="grid gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField name="password" type="password" label={fields.newPassword} description={fields.passwordHint} state={state} autoComplete="new-password" required />
      <TextField name="confirm" type="password" label={fields.confirm} state={state} autoComplete="new-password" required />
      <SubmitButton className="w-full">{submit}</SubmitButton>
    </form>
  );
}

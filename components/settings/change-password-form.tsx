"use client";

import { useActionState } from "react";
import { changePassword } from "@/app/(cabinet)/settings/actions/change-password";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState } from "@/lib/actions/form-state";
import type { AuthMessages } from "@/lib/i18n/messages/auth";

export function ChangePasswordForm({ fields, submit }: { fields: AuthMessages["fields"]; submit: string }) {
  const [state, action] = useActionState(changePassword, initialFormState);
  return (
    <form action={action} noValidate className="grid max-w-md gap-4">
      <FormMessage state={state} />
      <TextField name="currentPassword" type="password" label={fields.currentPassword} state={state} autoComplete="current-password" />
      <TextField name="newPassword" type="password" label={fields.newPassword} description={fields.passwordHint} state={state} autoComplete="new-password" />
      <TextField name="confirm" id="new-password-confirm" type="password" label={fields.confirm} state={state} autoComplete="new-password" />
      <SubmitButton>{submit}</SubmitButton>
    </form>
  );
}

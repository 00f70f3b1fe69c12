"use client";

import { useActionState } from "react";
import { verifySignInCode } from "@/app/(auth)/actions/verify-sign-in-code";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState } from "@/lib/actions/form-state";

export function TwoFactorForm({ label, submit, next }: { label: string; submit: string; next?: string }) {
  const [state, action] = useActionState(verifySignInCode, initialFormState);
  return (
    <form action={action} noValidate className="grid gap-4">
      <FormMessage state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField name="code" label={label} state={state} inputMode="numeric" autoComplete="one-time-code" maxLength={6} required />
      <SubmitButton className="w-full">{submit}</SubmitButton>
    </form>
  );
}

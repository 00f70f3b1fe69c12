"use client";

import { useActionState } from "react";
import { forgotPassword } from "@/app/(auth)/actions/forgot-password";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState } from "@/lib/actions/form-state";

export function ForgotPasswordForm({ label, submit }: { label: string; submit: string }) {
  const [state, action] = useActionState(forgotPassword, initialFormState);
  return (
    <form action={action} noValidate className="grid gap-4">
      <FormMessage state={state} />
      <TextField name="email" type="email" label={label} state={state} autoComplete="email" required />
      <SubmitButton className="w-full">{submit}</SubmitButton>
    </form>
  );
}

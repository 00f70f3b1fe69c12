"use client";

import { useActionState } from "react";
import { signIn } from "@/app/(auth)/actions/sign-in";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState } from "@/lib/actions/form-state";
import type { AuthMessages } from "@/lib/i18n/messages/auth";

type Props = { fields: AuthMessages["fields"]; submit: string; next?: string };

export function SignInForm({ fields, submit, next }: Props) {
  const [state, action] = useActionState(signIn, initialFormState);
  return (
    <form action={action} noValidate className="grid gap-4">
      <FormMessage state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField name="email" type="email" label={fields.email} state={state} autoComplete="email" required />
      <TextField name="password" type="password" label={fields.password} state={state} autoComplete="current-password" required />
      <SubmitButton className="w-full">{submit}</SubmitButton>
    </form>
  );
}

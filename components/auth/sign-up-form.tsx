"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signUp } from "@/app/(auth)/actions/sign-up";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState } from "@/lib/actions/form-state";
import type { AuthMessages } from "@/lib/i18n/messages/auth";

type Props = {
  fields: AuthMessages["fields"];
  labels: { submit: string; doneTitle: string; outboxHint: string; outboxLink: string };
  showOutboxHint: boolean;
};

export function SignUpForm({ fields, labels, showOutboxHint }: Props) {
  const [state, action] = useActionState(signUp, initialFormState);
  if (state.status === "success") {
    return (
      <div role="status" className="grid gap-3">
        <h2 className="text-lg font-semibold">{labels.doneTitle}</h2>
        <p>{state.message}</p>
        {showOutboxHint ? (
          <p className="text-sm text-muted-foreground">
            {labels.outboxHint}{" "}
            <Link className="font-medium text-primary underline" href="/dev/outbox">
              {labels.outboxLink}
            </Link>
            .
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <form action={action} noValidate className="grid gap-4">
      <FormMessage state={state} />
      <TextField name="name" label={fields.name} state={state} autoComplete="name" required />
      <TextField name="organisation" label={fields.organisation} state={state} autoComplete="organization" required />
      <TextField name="email" type="email" label={fields.email} state={state} autoComplete="email" required />
      <TextField
        name="password"
        type="password"
        label={fields.password}
        description={fields.passwordHint}
        state={state}
        autoComplete="new-password"
        required
      />
      <SubmitButton className="w-full">{labels.submit}</SubmitButton>
    </form>
  );
}

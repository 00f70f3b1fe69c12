"use client";

import { useActionState } from "react";
import { addOzonConnection } from "@/app/(cabinet)/connections/actions/add-ozon-connection";
import { addWbConnection } from "@/app/(cabinet)/connections/actions/add-wb-connection";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState } from "@/lib/actions/form-state";
import type { Locale } from "@/lib/i18n/locales";
import { connectionsMessages } from "@/lib/i18n/messages/connections";

/*
 * The keys go to the server action only: the form never echoes them back (lib/actions/form-action
 * drops key/token fields) and the page never receives them.
 */
export function AddOzonForm({ locale }: { locale: Locale }) {
  const t = connectionsMessages[locale];
  const [state, action] = useActionState(addOzonConnection, initialFormState);
  return (
    <form action={action} noValidate className="grid gap-4">
      <FormMessage state={state} />
      <TextField name="name" id="ozon-name" label={t.fields.name} placeholder={t.addOzon.namePlaceholder} state={state} maxLength={100} required />
      <TextField name="clientId" id="ozon-client-id" label={t.fields.clientId} state={state} inputMode="numeric" autoComplete="off" required />
      <TextField name="apiKey" id="ozon-api-key" type="password" label={t.fields.apiKey} description={t.addOzon.apiKeyHint} state={state} autoComplete="off" required />
      <div>
        <SubmitButton>{t.addOzon.submit}</SubmitButton>
      </div>
    </form>
  );
}

export function AddWbForm({ locale }: { locale: Locale }) {
  const t = connectionsMessages[locale];
  const [state, action] = useActionState(addWbConnection, initialFormState);
  return (
    <form action={action} noValidate className="grid gap-4">
      <FormMessage state={state} />
      <TextField name="name" id="wb-name" label={t.fields.name} state={state} maxLength={100} required />
      <TextField name="token" id="wb-token" type="password" label={t.fields.wbToken} state={state} autoComplete="off" required />
      <div>
        <SubmitButton>{t.addWb.submit}</SubmitButton>
      </div>
    </form>
  );
}

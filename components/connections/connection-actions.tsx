"use client";

import { useActionState } from "react";
import { checkConnection } from "@/app/(cabinet)/connections/actions/check-connection";
import { removeConnection } from "@/app/(cabinet)/connections/actions/remove-connection";
import { renameConnection } from "@/app/(cabinet)/connections/actions/rename-connection";
import { rotateOzonKey } from "@/app/(cabinet)/connections/actions/rotate-ozon-key";
import { rotateWbKey } from "@/app/(cabinet)/connections/actions/rotate-wb-key";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { initialFormState } from "@/lib/actions/form-state";
import type { Locale } from "@/lib/i18n/locales";
import { connectionsMessages } from "@/lib/i18n/messages/connections";
import { ActionDialog } from "./action-dialog";

interface ConnectionActionsProps {
  locale: Locale;
  connection: { id: string; name: string; marketplace: "ozon" | "wb"; environment: "production" | "sandbox" };
}

/** Check now, rename, replace the key (not for sandbox keys) and remove with a confirmation. */
export function ConnectionActions({ locale, connection }: ConnectionActionsProps) {
  const t = connectionsMessages[locale];
  const [checkState, check] = useActionState(checkConnection, initialFormState);
  const idField = <input type="hidden" name="connectionId" value={connection.id} />;
  const fieldId = (name: string) => `${name}-${connection.id}`;
  const common = { cancel: t.actions.cancel, close: t.actions.close };
  return (
    <div className="grid gap-2">
      <div role="group" aria-label={t.actions.label(connection.name)} className="flex flex-wrap gap-2">
        <form action={check}>
          {idField}
          <SubmitButton size="sm" variant="outline">
            {t.actions.check}
          </SubmitButton>
        </form>
        <ActionDialog {...common} trigger={t.actions.rename} title={t.actions.renameTitle} submit={t.actions.save} action={renameConnection}>
          {(state) => (
            <>
              {idField}
              <FormField id={fieldId("name")} label={t.fields.name} error={state.fieldErrors?.name}>
                <Input name="name" defaultValue={state.values?.name ?? connection.name} maxLength={100} required />
              </FormField>
            </>
          )}
        </ActionDialog>
        {connection.environment === "production" ? (
          <ActionDialog
            {...common}
            trigger={t.actions.rotate}
            title={t.actions.rotateTitle}
            description={t.actions.rotateDescription}
            submit={t.addOzon.submit}
            action={connection.marketplace === "ozon" ? rotateOzonKey : rotateWbKey}
          >
            {(state) =>
              connection.marketplace === "ozon" ? (
                <>
                  {idField}
                  <TextField name="clientId" id={fieldId("clientId")} label={t.fields.clientId} state={state} autoComplete="off" required />
                  <TextField name="apiKey" id={fieldId("apiKey")} type="password" label={t.fields.apiKey} state={state} autoComplete="off" required />
                </>
              ) : (
                <>
                  {idField}
                  <TextField name="token" id={fieldId("token")} type="password" label={t.fields.wbToken} state={state} autoComplete="off" required />
                </>
              )
            }
          </ActionDialog>
        ) : null}
        <ActionDialog
          {...common}
          trigger={t.actions.remove}
          triggerVariant="destructive"
          title={t.actions.removeTitle(connection.name)}
          description={t.actions.removeDescription}
          submit={t.actions.confirmRemove}
          submitVariant="destructive"
          action={removeConnection}
        >
          {() => idField}
        </ActionDialog>
      </div>
      <FormMessage state={checkState} />
    </div>
  );
}

"use client";

import { useActionState } from "react";
import { connectSandboxAction } from "@/app/(cabinet)/connections/actions/connect-sandbox";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { initialFormState } from "@/lib/actions/form-state";
import { SANDBOX_SIZES } from "@/lib/connections/sandbox-sizes";
import type { Locale } from "@/lib/i18n/locales";
import { connectionsMessages } from "@/lib/i18n/messages/connections";

/** "Connect the sandbox": one click, with a choice of catalogue size. */
export function SandboxForm({ locale }: { locale: Locale }) {
  const t = connectionsMessages[locale];
  const [state, action] = useActionState(connectSandboxAction, initialFormState);
  return (
    <form action={action} className="grid gap-4">
      <FormMessage state={state} />
      <div className="flex flex-wrap items-end gap-3">
        <FormField id="sandbox-products" label={t.fields.products} error={state.fieldErrors?.products}>
          <NativeSelect name="products" defaultValue={String(SANDBOX_SIZES[0])} className="w-48">
            {SANDBOX_SIZES.map((size) => (
              <option key={size} value={size}>
                {t.sandbox.sizes(size)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <SubmitButton>{t.sandbox.submit}</SubmitButton>
      </div>
    </form>
  );
}

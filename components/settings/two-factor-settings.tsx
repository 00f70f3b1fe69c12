"use client";

import { useActionState } from "react";
import { confirmTwoFactor } from "@/app/(cabinet)/settings/actions/confirm-two-factor";
import { disableTwoFactor } from "@/app/(cabinet)/settings/actions/disable-two-factor";
import { startTwoFactor } from "@/app/(cabinet)/settings/actions/start-two-factor";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState } from "@/lib/actions/form-state";
import type { AuthMessages } from "@/lib/i18n/messages/auth";
import type { cabinetMessages } from "@/lib/i18n/messages/cabinet";

type Props = {
  enabled: boolean;
  fields: AuthMessages["fields"];
  t: (typeof cabinetMessages)["ru"]["security"];
};

/** Off → password → QR code, key and recovery codes → first code → on; on → password → off. */
export function TwoFactorSettings({ enabled, fields, t }: Props) {
  const [started, start] = useActionState(startTwoFactor, initialFormState);
  const [confirmed, confirm] = useActionState(confirmTwoFactor, initialFormState);
  const [disabled, disable] = useActionState(disableTwoFactor, initialFormState);

  if (enabled) {
    return (
      <form action={disable} noValidate className="grid max-w-md gap-4">
        <FormMessage state={confirmed.status === "success" ? confirmed : disabled} />
        <TextField name="password" id="disable-2fa-password" type="password" label={fields.currentPassword} state={disabled} autoComplete="current-password" />
        <SubmitButton variant="outline">{t.disableSubmit}</SubmitButton>
      </form>
    );
  }

  const setup = started.status === "success" ? started.data : undefined;
  if (!setup) {
    return (
      <form action={start} noValidate className="grid max-w-md gap-4">
        <FormMessage state={disabled.status === "success" ? disabled : started} />
        <TextField name="password" id="enable-2fa-password" type="password" label={fields.currentPassword} state={started} autoComplete="current-password" />
        <SubmitButton>{t.startSubmit}</SubmitButton>
      </form>
    );
  }

  return (
    <div className="grid max-w-2xl gap-6">
      <p>{t.scanQr}</p>
      <div className="flex flex-wrap items-start gap-6">
        <div
          role="img"
          aria-label={t.qrAlt}
          className="size-[200px] rounded-md border bg-white p-1"
          // The SVG is generated on our server from the TOTP URI (no user input in it).
          dangerouslySetInnerHTML={{ __html: setup.qrSvg }}
        />
        <dl className="grid gap-1">
          <dt className="text-sm font-medium">{t.secretLabel}</dt>
          <dd>
            <code data-testid="totp-secret" className="rounded bg-muted px-2 py-1 font-mono text-sm break-all">
              {setup.secret}
            </code>
          </dd>
        </dl>
      </div>
      <section aria-labelledby="backup-codes-heading" className="grid gap-2">
        <h3 id="backup-codes-heading" className="font-semibold">
          {t.backupTitle}
        </h3>
        <p className="text-sm text-muted-foreground">{t.backupHint}</p>
        <ul className="grid grid-cols-2 gap-1 font-mono text-sm sm:grid-cols-5">
          {setup.backupCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
      </section>
      <form action={confirm} noValidate className="grid max-w-md gap-4">
        <FormMessage state={confirmed} />
        <TextField name="code" label={fields.code} state={confirmed} inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
        <SubmitButton>{t.confirmSubmit}</SubmitButton>
      </form>
    </div>
  );
}

"use client";

import { useActionState } from "react";
import { requestImport } from "@/app/(cabinet)/catalog/actions/request-import";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/actions/form-state";

/** "Импортировать каталог" (full) and "Обновить" (incremental, once a catalogue exists): one form, the pressed button names the mode. */
export function ImportButtons({ connectionId, canRefresh, busy, labels }: {
  connectionId: string;
  canRefresh: boolean;
  busy: boolean;
  labels: { full: string; refresh: string };
}) {
  const [state, action] = useActionState(requestImport, initialFormState);
  return (
    <form action={action} className="grid gap-3">
      <input type="hidden" name="connectionId" value={connectionId} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="mode" value="full" variant={canRefresh ? "outline" : "default"} disabled={busy}>
          {labels.full}
        </SubmitButton>
        {canRefresh ? (
          <SubmitButton name="mode" value="incremental" disabled={busy}>
            {labels.refresh}
          </SubmitButton>
        ) : null}
      </div>
      {/* "Import started" is news only until the progress panel takes over; errors stay. */}
      {busy || state.status === "error" ? <FormMessage state={state} /> : null}
    </form>
  );
}

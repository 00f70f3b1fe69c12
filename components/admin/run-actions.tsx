"use client";

import { useActionState } from "react";
import { cancelRun } from "@/app/admin/actions/cancel-run";
import { retryRun } from "@/app/admin/actions/retry-run";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/actions/form-state";

const LIVE = new Set(["queued", "running", "sleeping"]);

/** Cancel for a live run, retry for a failed one; nothing for the rest. */
export function RunActions({ runId, status, labels }: { runId: string; status: string; labels: { cancel: string; retry: string } }) {
  const [cancelState, cancel] = useActionState(cancelRun, initialFormState);
  const [retryState, retry] = useActionState(retryRun, initialFormState);
  const live = LIVE.has(status);
  if (!live && status !== "failed") return null;
  return (
    <div className="grid gap-2">
      <form action={live ? cancel : retry}>
        <input type="hidden" name="runId" value={runId} />
        <SubmitButton size="sm" variant={live ? "destructive" : "outline"}>
          {live ? labels.cancel : labels.retry}
        </SubmitButton>
      </form>
      <FormMessage state={live ? cancelState : retryState} />
    </div>
  );
}

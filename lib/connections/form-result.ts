import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { type ConnectionsMessages, failureMessage } from "@/lib/i18n/messages/connections";
import type { ManageResult } from "./manage";

/** A connections action's outcome as form state; a success refreshes the page's list. */
export function formResult(result: ManageResult<unknown>, t: ConnectionsMessages, success: string): FormState {
  if (!result.ok) return { status: "error", message: failureMessage(t, result.failure) };
  revalidatePath("/connections");
  return { status: "success", message: success };
}

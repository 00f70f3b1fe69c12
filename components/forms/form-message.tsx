import { Alert, AlertDescription } from "@/components/ui/alert";
import type { FormState } from "@/lib/actions/form-state";

/** The form-level outcome of a server action (field errors are shown beside their fields). */
export function FormMessage({ state }: { state: FormState<unknown> }) {
  if (!state.message) return null;
  return (
    <Alert variant={state.status === "error" ? "destructive" : "success"}>
      <AlertDescription>{state.message}</AlertDescription>
    </Alert>
  );
}

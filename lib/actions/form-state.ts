/** What every form's server action returns to `useActionState`. */
export type FormState<Data = undefined> = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  /** Non-secret values echoed back so the form keeps what the user typed. */
  values?: Record<string, string>;
  /** What a successful action hands back to the page (e.g. a 2FA setup secret). */
  data?: Data;
};

export const initialFormState = { status: "idle" } as const satisfies FormState;

import type { ComponentProps, ReactNode } from "react";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { FormState } from "@/lib/actions/form-state";

type TextFieldProps = Omit<ComponentProps<"input">, "id" | "name" | "defaultValue"> & {
  name: string;
  label: ReactNode;
  description?: ReactNode;
  state: FormState<unknown>;
  /** Needed only when two forms on one page have a field of the same name. */
  id?: string;
};

/** A labelled input bound to a server action's state: shows its field error and keeps the typed value. */
export function TextField({ name, label, description, state, id = name, ...inputProps }: TextFieldProps) {
  return (
    <FormField id={id} label={label} description={description} error={state.fieldErrors?.[name]}>
      <Input name={name} defaultValue={state.values?.[name]} {...inputProps} />
    </FormField>
  );
}

import * as React from "react";
import { Slot as SlotPrimitive } from "radix-ui";
import { cn } from "@/lib/utils";
import { Label } from "./label";

type FormFieldProps = {
  /** The control's id; the label, description and error are tied to it. */
  id: string;
  label: React.ReactNode;
  description?: React.ReactNode;
  /** Shown under the control and marks it aria-invalid. */
  error?: string | null;
  className?: string;
  /** Exactly one control element (Input, Textarea, NativeSelect, …); it receives id and aria-*. */
  children: React.ReactElement;
};

/** The ids a field's helper texts use, so other code (e.g. an error summary) can link to them. */
export function fieldIds(id: string) {
  return { description: `${id}-description`, error: `${id}-error` };
}

/** A labelled form control with optional description and error, wired for screen readers. */
function FormField({ id, label, description, error, className, children }: FormFieldProps) {
  const ids = fieldIds(id);
  const describedBy = [description ? ids.description : null, error ? ids.error : null].filter(Boolean).join(" ");
  return (
    <div data-slot="form-field" className={cn("grid gap-2", className)}>
      <Label htmlFor={id} className={cn(error && "text-destructive")}>
        {label}
      </Label>
      <SlotPrimitive.Slot id={id} aria-describedby={describedBy || undefined} aria-invalid={error ? true : undefined}>
        {children}
      </SlotPrimitive.Slot>
      {description ? (
        <p id={ids.description} className="text-sm text-muted-foreground">
          {description}
        </p>
      ) : null}
      {error ? (
        <p id={ids.error} className="text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export { FormField, type FormFieldProps };

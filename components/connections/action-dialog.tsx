"use client";

import { type ReactNode, useActionState, useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button, type ButtonProps } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { type FormState, initialFormState } from "@/lib/actions/form-state";

type ServerAction = (previous: FormState, formData: FormData) => Promise<FormState>;

interface ActionDialogProps {
  trigger: string;
  triggerVariant?: ButtonProps["variant"];
  title: string;
  description?: string;
  submit: string;
  submitVariant?: ButtonProps["variant"];
  cancel: string;
  close: string;
  action: ServerAction;
  /** Hidden inputs and fields; gets the action's state for field errors. */
  children: (state: FormState) => ReactNode;
}

/** A button that opens a dialog with a server-action form; the dialog closes when the action succeeds. */
export function ActionDialog({ trigger, triggerVariant = "outline", title, description, submit, submitVariant, cancel, close, action, children }: ActionDialogProps) {
  const [open, setOpen] = useState(false);
  const [state, formAction] = useActionState(async (previous: FormState, formData: FormData) => {
    const next = await action(previous, formData);
    if (next.status === "success") setOpen(false);
    return next;
  }, initialFormState);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" size="sm" variant={triggerVariant}>
          {trigger}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={close}>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          {description ? <DialogDescription>{description}</DialogDescription> : null}
        </DialogHeader>
        <form action={formAction} noValidate className="grid gap-4">
          <FormMessage state={state.status === "error" ? state : initialFormState} />
          {children(state)}
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline">
                {cancel}
              </Button>
            </DialogClose>
            <SubmitButton variant={submitVariant}>{submit}</SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

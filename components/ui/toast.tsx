"use client";

import * as React from "react";
import { Toast as ToastPrimitive } from "radix-ui";
import { XIcon } from "lucide-react";
import { cva } from "class-variance-authority";
import { type ToastItem, dismissToast, getToasts, subscribeToToasts } from "./toast-store";

export { toast, dismissToast, type ToastInput } from "./toast-store";

const toastVariants = cva(
  "pointer-events-auto relative flex w-full items-start justify-between gap-3 overflow-hidden rounded-md border p-4 pr-8 shadow-lg",
  {
    variants: {
      variant: {
        default: "bg-background text-foreground",
        success: "border-success/40 bg-background text-foreground [&_[data-slot=toast-title]]:text-success",
        destructive: "border-destructive bg-destructive text-destructive-foreground",
      },
    },
  },
);

const noToasts: readonly ToastItem[] = [];

type ToasterProps = {
  /** Accessible name of the toast region (localised by the caller). */
  label?: string;
  closeLabel?: string;
};

/** Mount once (e.g. in a layout); then call `toast({ title })` from any client component. */
function Toaster({ label = "Уведомления", closeLabel = "Закрыть" }: ToasterProps) {
  const toasts = React.useSyncExternalStore(subscribeToToasts, getToasts, () => noToasts);
  return (
    <ToastPrimitive.Provider swipeDirection="right" label={label}>
      {toasts.map((item) => (
        <ToastPrimitive.Root
          key={item.id}
          duration={item.duration}
          type={item.variant === "destructive" ? "foreground" : "background"}
          onOpenChange={(open) => {
            if (!open) dismissToast(item.id);
          }}
          className={toastVariants({ variant: item.variant })}
        >
          <div className="grid gap-1">
            <ToastPrimitive.Title data-slot="toast-title" className="text-sm font-semibold">
              {item.title}
            </ToastPrimitive.Title>
            {item.description ? (
              <ToastPrimitive.Description className="text-sm opacity-90">{item.description}</ToastPrimitive.Description>
            ) : null}
          </div>
          <ToastPrimitive.Close
            aria-label={closeLabel}
            className="absolute top-2 right-2 rounded-md p-1 opacity-70 outline-none hover:opacity-100 focus-visible:ring-[3px] focus-visible:ring-ring/50"
          >
            <XIcon className="size-4" aria-hidden="true" />
          </ToastPrimitive.Close>
        </ToastPrimitive.Root>
      ))}
      <ToastPrimitive.Viewport
        label={`${label} ({hotkey})`}
        className="fixed right-0 bottom-0 z-[100] flex max-h-screen w-full flex-col gap-2 p-4 outline-none sm:max-w-[420px]"
      />
    </ToastPrimitive.Provider>
  );
}

export { Toaster };

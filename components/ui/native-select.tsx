import * as React from "react";
import { cn } from "@/lib/utils";
import { controlClassName } from "./input";

// The chevron is a background image, not a sibling element, so width classes passed to the
// <select> (e.g. "w-40") size the whole control and no wrapper steals the id/aria props.
const chevron =
  "url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='%236b7280' stroke-width='2' stroke-linecap='round' stroke-linejoin='round'%3E%3Cpath d='m6 9 6 6 6-6'/%3E%3C/svg%3E\")";

/** A styled native <select>: works without JS, so it fits plain server-action forms. */
function NativeSelect({ className, style, ...props }: React.ComponentProps<"select">) {
  return (
    <select
      data-slot="native-select"
      className={cn(controlClassName, "h-9 appearance-none bg-[length:1rem] bg-[right_0.75rem_center] bg-no-repeat pr-9", className)}
      style={{ backgroundImage: chevron, ...style }}
      {...props}
    />
  );
}

export { NativeSelect };

import Link from "next/link";
import { ArrowRightLeftIcon } from "lucide-react";

/** The CardPort word mark, linking home. */
export function Logo({ label }: { label: string }) {
  return (
    <Link
      href="/"
      className="flex items-center gap-2 rounded-md text-lg font-semibold tracking-tight outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
    >
      <span className="flex size-8 items-center justify-center rounded-md bg-primary text-primary-foreground">
        <ArrowRightLeftIcon className="size-4" aria-hidden="true" />
      </span>
      {label}
    </Link>
  );
}

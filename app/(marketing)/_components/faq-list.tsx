import { ChevronDownIcon } from "lucide-react";

type FaqItem = { q: string; a: string };

/** Questions as <details> disclosures: readable and operable without client JS. */
export function FaqList({ items }: { items: readonly FaqItem[] }) {
  return (
    <div className="divide-y rounded-lg border">
      {items.map((item) => (
        <details key={item.q} className="group px-4">
          <summary className="flex cursor-pointer list-none items-center justify-between gap-4 rounded-md py-4 font-medium outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50 [&::-webkit-details-marker]:hidden">
            {item.q}
            <ChevronDownIcon className="size-4 shrink-0 transition-transform group-open:rotate-180" aria-hidden="true" />
          </summary>
          <p className="pb-4 text-muted-foreground">{item.a}</p>
        </details>
      ))}
    </div>
  );
}

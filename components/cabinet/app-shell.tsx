import type { ReactNode } from "react";

/** The signed-in page frame shared by the cabinet and the admin console: header, side navigation, content. */
export function AppShell({ header, nav, children }: { header: ReactNode; nav: ReactNode; children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      {header}
      <div className="flex flex-1 flex-col md:flex-row">
        <aside className="border-b p-3 md:w-60 md:shrink-0 md:border-r md:border-b-0">{nav}</aside>
        <main id="main" className="min-w-0 flex-1 p-4 sm:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}

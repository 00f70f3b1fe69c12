import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardFooter, CardHeader } from "@/components/ui/card";

/** The frame every auth page shares: one heading, a short description, the form, and links below. */
export function AuthCard({ title, description, children, footer }: { title: string; description: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <Card className="w-full max-w-md">
      <CardHeader>
        <h1 className="text-2xl leading-none font-semibold">{title}</h1>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent>{children}</CardContent>
      {footer ? <CardFooter className="flex-col items-start gap-2 text-sm text-muted-foreground">{footer}</CardFooter> : null}
    </Card>
  );
}

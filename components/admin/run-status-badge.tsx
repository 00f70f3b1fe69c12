import { Badge } from "@/components/ui/badge";

const VARIANT = { completed: "success", failed: "destructive", cancelled: "outline", running: "default", sleeping: "secondary", queued: "secondary" } as const;

export function RunStatusBadge({ status, label }: { status: string; label: string }) {
  return <Badge variant={VARIANT[status as keyof typeof VARIANT] ?? "outline"}>{label}</Badge>;
}

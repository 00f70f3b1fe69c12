import { Alert, AlertDescription } from "@/components/ui/alert";
import { Progress } from "@/components/ui/progress";
import type { ImportProgress as Progressing } from "@/lib/catalog/queries";
import type { CatalogMessages } from "@/lib/i18n/messages/catalog";
import { AutoRefresh } from "./auto-refresh";

/** The state of the newest import: a live bar while it runs, the outcome afterwards. */
export function ImportProgress({ progress, t }: { progress: Progressing; t: CatalogMessages["progress"] }) {
  if (progress.status === "failed") {
    return (
      <Alert variant="destructive">
        <AlertDescription>{t.failed(progress.error ?? "")}</AlertDescription>
      </Alert>
    );
  }
  if (progress.status === "succeeded") {
    return <p className="text-sm text-muted-foreground">{t.succeeded(progress.counts.stored, progress.counts.changed, progress.removed)}</p>;
  }
  const { stored, descriptions } = progress.counts;
  return (
    <section aria-labelledby="import-progress-title" className="grid gap-2 rounded-lg border p-4" aria-live="polite">
      <AutoRefresh />
      <h2 id="import-progress-title" className="font-semibold">
        {t.title} ({t.mode[progress.mode]})
      </h2>
      {progress.status === "queued" ? (
        <p className="text-sm">{t.queued}</p>
      ) : (
        <>
          <Progress aria-label={t.label} value={stored} max={Math.max(progress.expectedTotal ?? 0, stored, 1)} />
          <p className="text-sm">{t.running(stored, progress.expectedTotal)}</p>
          <p className="text-sm text-muted-foreground">{t.descriptions(descriptions)}</p>
        </>
      )}
    </section>
  );
}

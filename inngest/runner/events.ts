import { lt } from "drizzle-orm";
import type { Database } from "@/db/client";
import { jobEvents } from "@/db/schema/jobs";
import { cancelByEvent } from "./cancel";
import type { RunnerContext } from "./context";
import { createRun } from "./create-run";
import { evaluateCondition, UnsupportedExpressionError } from "./expression";
import { seededEventIds, ulid } from "./ids";
import { incomingEventSchema, type FunctionConfig, type IncomingEvent, type RunnerEvent } from "./protocol";
import { loadActiveFunctions } from "./store";

export const eventDedupeMs = 24 * 60 * 60 * 1000;

function triggeredBy(config: FunctionConfig, event: RunnerEvent): boolean {
  return config.triggers.some((trigger) => {
    if (!("event" in trigger)) return false;
    const name = trigger.event;
    const nameMatches = name.endsWith("*") ? event.name.startsWith(name.slice(0, -1)) : name === event.name;
    return nameMatches && (!trigger.expression || evaluateCondition(trigger.expression, { event }));
  });
}

/** Stores an event; false when the id was already seen within the dedupe window. */
export async function storeEvent(tx: Database, event: RunnerEvent, now: number): Promise<boolean> {
  const fresh = await tx
    .insert(jobEvents)
    .values({ id: event.id, name: event.name, payload: event, receivedAt: new Date(now) })
    .onConflictDoUpdate({
      target: jobEvents.id,
      set: { name: event.name, payload: event, receivedAt: new Date(now) },
      setWhere: lt(jobEvents.receivedAt, new Date(now - eventDedupeMs)),
    })
    .returning({ id: jobEvents.id });
  return fresh.length > 0;
}

/**
 * Accepts events as `inngest.send()` posts them: stores each (an id seen in the last 24 h is a
 * duplicate and does nothing), starts runs of the functions it triggers and applies cancelOn.
 * Returns the event ids in input order.
 */
export async function ingestEvents(context: RunnerContext, input: IncomingEvent[], idSeed?: string | null): Promise<string[]> {
  const now = context.now();
  const seeded = seededEventIds(idSeed, input.length);
  const events: RunnerEvent[] = input.map((raw, index) => {
    const parsed = incomingEventSchema.parse(raw);
    return { ...parsed, id: parsed.id ?? seeded[index] ?? ulid(now), ts: parsed.ts ?? now };
  });
  const functions = await loadActiveFunctions(context.db);
  let started = 0;
  await context.db.transaction(async (tx) => {
    for (const event of events) {
      if (!(await storeEvent(tx, event, now))) continue;
      for (const fn of functions) {
        try {
          if (triggeredBy(fn.config, event) && (await createRun(tx, fn, event, now, context.settings.timeScale))) started++;
        } catch (error) {
          // One function with an expression outside the supported subset must not block the others.
          if (!(error instanceof UnsupportedExpressionError)) throw error;
          console.error(`[runner] ${fn.config.id}: ${error.message}; no run started for event ${event.id}`);
        }
      }
      await cancelByEvent(
        tx,
        functions.map((fn) => fn.config),
        event,
        now,
      );
    }
  });
  if (started > 0) context.wake();
  return events.map((event) => event.id);
}

/** Forgets events older than the dedupe window. */
export async function deleteOldEvents(context: RunnerContext): Promise<void> {
  await context.db.delete(jobEvents).where(lt(jobEvents.receivedAt, new Date(context.now() - eventDedupeMs)));
}

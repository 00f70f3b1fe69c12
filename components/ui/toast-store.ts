/**
 * The queue behind `<Toaster />`: a tiny external store so any client code can call `toast()`
 * without a React context. Snapshots are replaced, never mutated, as useSyncExternalStore requires.
 */
export type ToastVariant = "default" | "success" | "destructive";

export type ToastInput = {
  title: string;
  description?: string;
  variant?: ToastVariant;
  /** Milliseconds before it closes by itself. */
  duration?: number;
};

export type ToastItem = ToastInput & { id: number; variant: ToastVariant };

/** More than a few stacked toasts stop being read; the oldest make way. */
export const MAX_TOASTS = 3;

let toasts: readonly ToastItem[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function publish(next: readonly ToastItem[]) {
  toasts = next;
  for (const listener of listeners) listener();
}

/** Shows a toast; returns its id for `dismissToast`. */
export function toast(input: ToastInput): number {
  const id = nextId++;
  publish([...toasts, { ...input, id, variant: input.variant ?? "default" }].slice(-MAX_TOASTS));
  return id;
}

export function dismissToast(id: number): void {
  if (toasts.some((item) => item.id === id)) publish(toasts.filter((item) => item.id !== id));
}

export function getToasts(): readonly ToastItem[] {
  return toasts;
}

export function subscribeToToasts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

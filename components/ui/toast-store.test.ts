import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_TOASTS, dismissToast, getToasts, subscribeToToasts, toast } from "./toast-store";

afterEach(() => {
  for (const item of getToasts()) dismissToast(item.id);
});

describe("toast store", () => {
  it("adds a toast with a default variant and a fresh snapshot", () => {
    const before = getToasts();
    const id = toast({ title: "Сохранено" });
    expect(getToasts()).not.toBe(before);
    expect(getToasts()).toEqual([{ id, title: "Сохранено", variant: "default" }]);
  });

  it("keeps only the newest toasts", () => {
    const ids = Array.from({ length: MAX_TOASTS + 2 }, (_, n) => toast({ title: `t${n}` }));
    expect(getToasts().map((item) => item.id)).toEqual(ids.slice(-MAX_TOASTS));
  });

  it("dismisses by id and notifies subscribers only on real changes", () => {
    const listener = vi.fn();
    const unsubscribe = subscribeToToasts(listener);
    const first = toast({ title: "a", variant: "destructive" });
    const second = toast({ title: "b" });
    dismissToast(first);
    dismissToast(first);
    expect(getToasts().map((item) => item.id)).toEqual([second]);
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
    toast({ title: "c" });
    expect(listener).toHaveBeenCalledTimes(3);
  });
});

"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import { emptySelection, selectionSchema, type Selection } from "@/lib/catalog/selection";

/** The catalogue selection of one connection, kept in sessionStorage so it survives paging and reloads. */
const EVENT = "cardport:catalog-selection";
const storageKey = (connectionId: string) => `cardport:catalog-selection:${connectionId}`;

function subscribe(onChange: () => void) {
  window.addEventListener(EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}

export function useSelection(connectionId: string): [Selection, (next: Selection) => void] {
  const stored = useSyncExternalStore(
    subscribe,
    () => sessionStorage.getItem(storageKey(connectionId)),
    () => null,
  );
  const selection = useMemo(() => {
    const parsed = selectionSchema.safeParse(stored === null ? null : JSON.parse(stored));
    return parsed.success && parsed.data.connectionId === connectionId ? parsed.data : emptySelection(connectionId);
  }, [stored, connectionId]);
  const update = useCallback(
    (next: Selection) => {
      sessionStorage.setItem(storageKey(connectionId), JSON.stringify(next));
      window.dispatchEvent(new Event(EVENT));
    },
    [connectionId],
  );
  return [selection, update];
}

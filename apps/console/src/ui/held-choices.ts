import { createEffect } from "solid-js";
import type { Choice } from "./fields.tsx";
import type { Register } from "./name-search.tsx";

/**
 * Names the values a form holds that are not among the choices at hand (a restored draft's partner found
 * by search, a saved record's parent beyond the first page), once each, and hands them to `add`: they then
 * show, ticked or chosen, instead of being sent unseen. One the register cannot name (out of the caller's
 * view, or the request failed) shows as the start of its id, as names do elsewhere, so it can be unticked.
 */
export function nameHeldChoices(
  held: () => readonly string[],
  atHand: () => readonly Choice[],
  named: Register["named"],
  add: (found: readonly Choice[]) => void,
): void {
  const asked = new Set<string>();
  createEffect(() => {
    const have = new Set(atHand().map((c) => c.value));
    const missing = held().filter((id) => id !== "" && !have.has(id) && !asked.has(id));
    if (missing.length === 0) return;
    for (const id of missing) asked.add(id);
    const unnamed = (found: readonly Choice[]) =>
      missing
        .filter((id) => !found.some((c) => c.value === id))
        .map((id) => ({ value: id, label: id.slice(0, 8) }));
    void named(missing).then(
      (found) => add([...found.filter((c) => missing.includes(c.value)), ...unnamed(found)]),
      () => add(unnamed([])),
    );
  });
}

/** One lifecycle move as it is stored: who made it, when, from which state to which, and why. */
export interface HistoryEntry<S extends string = string> {
  readonly at: string; // ISO instant
  readonly actor: string;
  readonly from: S | null;
  readonly to: S;
  readonly reason?: string;
}

/** Who and when a move happens; passed in because the domain never reads the clock. */
export interface MoveContext {
  readonly actor: string;
  /** ISO-8601 instant, e.g. `2026-11-23T02:00:00.000Z`. */
  readonly at: string;
  readonly reason?: string;
}

/** Builds the history entry for a move. */
export function historyEntry<S extends string>(ctx: MoveContext, from: S | null, to: S): HistoryEntry<S> {
  return {
    at: ctx.at,
    actor: ctx.actor,
    from,
    to,
    ...(ctx.reason === undefined ? {} : { reason: ctx.reason }),
  };
}

/** Milliseconds spent in each state, given the ordered history and the instant to measure up to. */
export function timeInStates<S extends string>(
  history: readonly HistoryEntry<S>[],
  until: string,
): Partial<Record<S, number>> {
  const out: Partial<Record<S, number>> = {};
  history.forEach((entry, i) => {
    const next = history[i + 1];
    const end = Date.parse(next ? next.at : until);
    const spent = Math.max(0, end - Date.parse(entry.at));
    out[entry.to] = (out[entry.to] ?? 0) + spent;
  });
  return out;
}

/** One sum: the cell holding the total and the cells that add up to it. */
export interface CellSum {
  readonly total: number;
  readonly parts: readonly number[];
}

/**
 * Counts published together with the sums that tie them. Some cells may be unpublished: counts
 * anyone can work out as a difference ("registered but not in training") that are never shown.
 * They are always hidden and never protected; they make facts such as "in training ≤ registered"
 * sums like any other (such a cell is never below zero).
 */
export interface LinkedCells {
  readonly values: readonly number[];
  readonly sums: readonly CellSum[];
  /** Indexes of the unpublished cells. */
  readonly unpublished?: readonly number[];
}

/**
 * Cell suppression with complements. Starting from the sensitive cells, it hides more until stable:
 * - a published sum with exactly one hidden cell would give it away: the smallest other non-zero
 *   cell of that sum is hidden too (a zero only when nothing else is left; parts before the total);
 * - a hidden total whose only hidden part sits beside parts shown as zero is known to equal that
 *   part ("all of them are convicts"): one of those zeros is hidden too;
 * - a hidden cell that the shown cells still pin down (through several sums at once, or because a
 *   count cannot go below zero) gets the cheapest further complement that frees it.
 * Then every complement that turns out unneeded, largest first (ties in cell order), is shown
 * again. The result: every hidden cell can take at least two values consistent with all that is
 * shown. Returns a hidden flag per cell (unpublished cells always hidden).
 */
export function suppressCells(cells: LinkedCells, sensitive: (value: number) => boolean): boolean[] {
  const { values } = cells;
  const unpublished = new Set(cells.unpublished ?? []);
  const moves = new UnitMoves(cells);
  const hidden = values.map((v, i) => unpublished.has(i) || sensitive(v));
  const value = (i: number) => values[i] ?? 0;
  const complement = (i: number) => !unpublished.has(i) && hidden[i] && !sensitive(value(i));
  // What hiding a cell costs: its count, one for the cell, a little more for a sum's total.
  const cost = values.map((v, i) => v + 1 + 0.1 * cells.sums.filter((s) => s.total === i).length);

  for (let changed = true; changed; ) {
    changed = false;
    for (const sum of cells.sums) {
      const picks = complementFor(sum, hidden, value, unpublished);
      // Of equal candidates, one that can then move (a zero beside room to grow, not beside a 0 total).
      const pick = picks.find((i) => moves.movable(hidden.with(i, true), i)) ?? picks[0];
      if (pick !== undefined) {
        hidden[pick] = true;
        changed = true;
      }
    }
    if (changed) continue;
    const pinned = values.findIndex((_, c) => hidden[c] && !unpublished.has(c) && !moves.movable(hidden, c));
    if (pinned === -1) break;
    const shown = values.map((_, i) => i).filter((i) => !hidden[i]);
    if (shown.length === 0) break;
    const byCost = [...shown].sort((a, b) => (cost[a] ?? 0) - (cost[b] ?? 0) || a - b);
    const freeing = byCost.find((i) => moves.movable(hidden.with(i, true), pinned));
    const nearby = byCost.filter((i) => cells.sums.some((s) => touches(s, pinned) && touches(s, i)));
    const pick = freeing ?? nearby[0] ?? byCost[0];
    if (pick !== undefined) hidden[pick] = true;
    changed = true;
  }

  const safe = () =>
    cells.sums.every((s) => complementFor(s, hidden, value, unpublished).length === 0) &&
    hidden.every((h, c) => !h || unpublished.has(c) || moves.movable(hidden, c));
  const complements = values
    .map((v, i) => ({ v, i }))
    .filter(({ i }) => complement(i))
    .sort((a, b) => b.v - a.v || a.i - b.i);
  for (const { i } of complements) {
    hidden[i] = false;
    if (!safe()) hidden[i] = true;
  }
  return hidden;
}

const touches = (s: CellSum, i: number) => s.total === i || s.parts.includes(i);

/** The cells a sum needs one of hidden next, best first; none when it is safe. */
function complementFor(
  sum: CellSum,
  hidden: readonly boolean[],
  value: (i: number) => number,
  unpublished: ReadonlySet<number>,
): number[] {
  // Parts before the total: between equal counts, the total (the headline figure) stays shown.
  const cellsOfSum = [...sum.parts, sum.total];
  const hiddenCount = cellsOfSum.filter((i) => hidden[i]).length;
  // Sums with an unpublished rest are facts (bounds), not published margins: a rest worked out from
  // shown cells, or a zero beside it ("none of them is in training"), gives no published count away.
  if (cellsOfSum.some((i) => unpublished.has(i))) return [];
  if (hiddenCount === 1) {
    const shown = cellsOfSum.filter((i) => !hidden[i]);
    const nonZero = shown.filter((i) => value(i) > 0);
    const pool = nonZero.length > 0 ? nonZero : shown;
    const least = Math.min(...pool.map(value));
    return pool.filter((i) => value(i) === least);
  }
  if (hidden[sum.total] && sum.parts.filter((i) => hidden[i]).length === 1) {
    const shownParts = sum.parts.filter((i) => !hidden[i]);
    if (shownParts.length > 0 && shownParts.every((i) => value(i) === 0)) return shownParts;
  }
  return [];
}

/** Explored partial moves per question, beyond which a cell counts as pinned (so more is hidden). */
const SEARCH_BUDGET = 20_000;

/**
 * Whether a hidden cell can change: a unit move (one more or one less in some hidden cells) that
 * keeps every sum and leaves no count below zero gives a second table consistent with everything
 * shown. A table with margins and two breakdowns is a network, where any other consistent table is
 * a sum of such moves; with more breakdowns a cell no unit move reaches counts as pinned, which
 * errs towards hiding more (the brute-force tests check that nothing is hidden needlessly). Found by
 * depth-first search with propagation along the sums, within a budget.
 */
class UnitMoves {
  readonly #equations: { cell: number; coef: number }[][];
  readonly #of: number[][];

  constructor(private readonly cells: LinkedCells) {
    this.#equations = cells.sums.map((s) => [
      { cell: s.total, coef: 1 },
      ...s.parts.map((cell) => ({ cell, coef: -1 })),
    ]);
    this.#of = cells.values.map(() => []);
    this.#equations.forEach((eq, e) => {
      for (const { cell } of eq) this.#of[cell]?.push(e);
    });
  }

  /** Whether hidden cell `c` has another value consistent with what `hidden` leaves shown. */
  movable(hidden: readonly boolean[], c: number): boolean {
    const budget = { left: SEARCH_BUDGET };
    const up = this.#search(hidden, new Map([[c, 1]]), [c], budget);
    return up || ((this.cells.values[c] ?? 0) >= 1 && this.#search(hidden, new Map([[c, -1]]), [c], budget));
  }

  /** The changes a cell may take: none when shown, never below zero. */
  #domain(hidden: readonly boolean[], cell: number): number[] {
    if (!hidden[cell]) return [0];
    return (this.cells.values[cell] ?? 0) >= 1 ? [-1, 0, 1] : [0, 1];
  }

  #search(
    hidden: readonly boolean[],
    delta: Map<number, number>,
    changed: number[],
    budget: { left: number },
  ): boolean {
    if (--budget.left < 0) return false;
    const d = new Map(delta);
    const queue = changed.flatMap((cell) => this.#of[cell] ?? []);
    // Propagate: a sum whose open cells can only just balance it fixes them.
    while (queue.length > 0) {
      const eq = this.#equations[queue.pop() ?? 0] ?? [];
      let balance = 0;
      let low = 0;
      let high = 0;
      const open: { cell: number; coef: number; values: number[] }[] = [];
      for (const { cell, coef } of eq) {
        const set = d.get(cell);
        if (set !== undefined) balance += coef * set;
        else {
          const values = this.#domain(hidden, cell).map((v) => v * coef);
          low += Math.min(...values);
          high += Math.max(...values);
          open.push({ cell, coef, values });
        }
      }
      if (-balance < low || -balance > high) return false;
      if (open.length === 0) continue;
      const forced = -balance === low ? "min" : -balance === high ? "max" : undefined;
      if (forced === undefined) continue;
      for (const o of open) {
        const pick = forced === "min" ? Math.min(...o.values) : Math.max(...o.values);
        d.set(o.cell, pick * o.coef);
        queue.push(...(this.#of[o.cell] ?? []));
      }
    }
    // Branch on an unbalanced sum: one of its open cells takes up (part of) the difference.
    for (const eq of this.#equations) {
      let balance = 0;
      const open: { cell: number; coef: number }[] = [];
      for (const { cell, coef } of eq) {
        const set = d.get(cell);
        if (set === undefined) open.push({ cell, coef });
        else balance += coef * set;
      }
      if (balance === 0) continue;
      for (const { cell, coef } of open) {
        const step = -Math.sign(balance) * coef;
        if (!this.#domain(hidden, cell).includes(step)) continue;
        if (this.#search(hidden, new Map(d).set(cell, step), [cell], budget)) return true;
      }
      return false;
    }
    return true;
  }
}

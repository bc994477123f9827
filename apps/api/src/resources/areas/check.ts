import { type Executor, unknownAreaCodes } from "@sinergi/db";
import type { FieldProblem } from "../../http/problem.ts";

/** One area code a request names, with the field it came from and the level it must have. */
export interface AreaReference {
  readonly field: string;
  readonly code: string;
  readonly level?: "province" | "regency" | "district";
}

/** Field problems for every referenced area code that is not an official area (of its level). */
export async function areaProblems(db: Executor, refs: readonly AreaReference[]): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  for (const level of [undefined, "province", "regency", "district"] as const) {
    const group = refs.filter((r) => r.level === level);
    if (group.length === 0) continue;
    const unknown = new Set(
      await unknownAreaCodes(
        db,
        group.map((r) => r.code),
        level,
      ),
    );
    for (const r of group)
      if (unknown.has(r.code))
        problems.push({
          field: r.field,
          message: level ? `is not an official ${level} code` : "is not an official area code",
        });
  }
  return problems;
}

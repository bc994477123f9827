import { type HistoryEntry, historyEntry, type MoveContext } from "../shared/history.ts";
import { domainError, err, ok, type Result } from "../shared/result.ts";
import type { EngagementError } from "./errors.ts";

/** open -> done | dropped; done and dropped are final. */
export const FOLLOW_UP_STATES = ["open", "done", "dropped"] as const;
/** Follow-up state. */
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/** A promise made at an engagement ("I will follow this up soon"), with an owner and a due date. */
export interface FollowUp {
  readonly id: string;
  readonly engagementId: string;
  readonly text: string;
  /** Name of the person who owns it. */
  readonly ownerName: string;
  readonly dueDate: string;
  readonly status: FollowUpState;
  /** When it was marked done or dropped; null while open. */
  readonly closedAt: string | null;
  /** Optional note left when marked done. */
  readonly note: string | null;
  /** Why it was dropped; set exactly when dropped. */
  readonly dropReason: string | null;
}

/** What a new follow-up needs. */
export interface FollowUpInput {
  readonly text: string;
  readonly ownerName: string;
  readonly dueDate: string;
}

/** The fields that may change while a follow-up is open. */
export interface FollowUpPatch {
  readonly text?: string | undefined;
  readonly ownerName?: string | undefined;
  readonly dueDate?: string | undefined;
}

/** A follow-up move's outcome: the follow-up and the history entry to store. */
export type FollowUpMoveResult = Result<
  { readonly entity: FollowUp; readonly history: HistoryEntry<FollowUpState> },
  EngagementError
>;

function dueBefore(engagementDate: string, dueDate: string, field: string): EngagementError | undefined {
  if (dueDate >= engagementDate) return undefined;
  return domainError("follow-up/due-before-engagement", "the due date lies before the engagement", {
    field,
    detail: { engagementDate, dueDate },
  });
}

/**
 * Opens a follow-up of an engagement held on `engagementDate`; `field` prefixes the error path when the
 * follow-up is one of several in a create (`followUps.2`).
 */
export function openFollowUp(
  id: string,
  engagementId: string,
  engagementDate: string,
  input: FollowUpInput,
  ctx: MoveContext,
  field?: string,
): FollowUpMoveResult {
  const problem = dueBefore(
    engagementDate,
    input.dueDate,
    field === undefined ? "dueDate" : `${field}.dueDate`,
  );
  if (problem) return err(problem);
  return ok({
    entity: {
      id,
      engagementId,
      text: input.text,
      ownerName: input.ownerName,
      dueDate: input.dueDate,
      status: "open",
      closedAt: null,
      note: null,
      dropReason: null,
    },
    history: historyEntry<FollowUpState>(ctx, null, "open"),
  });
}

/** Edits text, owner or due date; only an open follow-up may change. */
export function updateFollowUp(
  f: FollowUp,
  patch: FollowUpPatch,
  engagementDate: string,
): Result<FollowUp, EngagementError> {
  if (f.status !== "open")
    return err(
      domainError("follow-up/not-editable", `a ${f.status} follow-up can no longer be edited`, {
        detail: { status: f.status },
      }),
    );
  if (patch.dueDate !== undefined) {
    const problem = dueBefore(engagementDate, patch.dueDate, "dueDate");
    if (problem) return err(problem);
  }
  return ok({
    ...f,
    ...(patch.text === undefined ? {} : { text: patch.text }),
    ...(patch.ownerName === undefined ? {} : { ownerName: patch.ownerName }),
    ...(patch.dueDate === undefined ? {} : { dueDate: patch.dueDate }),
  });
}

/** Overdue: still open and its due date lies before `today` (the caller's date in the facility's zone). */
export function isOverdue(f: Pick<FollowUp, "status" | "dueDate">, today: string): boolean {
  return f.status === "open" && f.dueDate < today;
}

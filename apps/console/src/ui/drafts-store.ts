// Kept apart from draft.ts (which needs the form library) so that the shell can forget drafts at sign-out
// without loading forms on every page.

/** Where a form's draft is kept in this tab's session storage (the key follows). */
export const DRAFT_PREFIX = "sinergi.draft.";

/** Forgets every draft of this tab: at sign-out, so the next person at a shared PC does not see them. */
export function dropAllDrafts(): void {
  try {
    const storage = globalThis.sessionStorage;
    if (!storage) return;
    for (const key of Object.keys(storage)) if (key.startsWith(DRAFT_PREFIX)) storage.removeItem(key);
  } catch {
    // Nothing to forget.
  }
}

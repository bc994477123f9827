/** What a key press asks of the console: focus the page's search box, open the quick jump, or nothing. */
export type Shortcut = "search" | "jump" | null;

/** The parts of a key event a shortcut reads. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly target: EventTarget | null;
}

/** True while the user types into a field: "/" is then a character, not a shortcut. */
function typing(target: EventTarget | null): boolean {
  if (typeof HTMLElement === "undefined" || !(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** `/` (outside a field) focuses the page's search box; Ctrl+K (Cmd+K on a Mac) opens the quick jump anywhere. */
export function shortcutOf(e: KeyPress): Shortcut {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "k") return "jump";
  if (e.key === "/" && !e.ctrlKey && !e.metaKey && !e.altKey && !typing(e.target)) return "search";
  return null;
}

/** The search box of the page shown, if it has one. */
export function pageSearchBox(root: ParentNode = document): HTMLInputElement | null {
  return root.querySelector<HTMLInputElement>("main input[type='search']");
}

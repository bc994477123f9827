import { describe, expect, it } from "vitest";
import { pageSearchBox, shortcutOf } from "./shortcuts.ts";

const press = (
  key: string,
  extra: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: document.body,
  ...extra,
});

describe("the console's keyboard shortcuts", () => {
  it("opens the quick jump on Ctrl+K and on Cmd+K, from anywhere, even a field", () => {
    expect(shortcutOf(press("k", { ctrlKey: true }))).toBe("jump");
    expect(shortcutOf(press("K", { metaKey: true }))).toBe("jump");
    const input = document.createElement("input");
    expect(shortcutOf({ ...press("k", { ctrlKey: true }), target: input })).toBe("jump");
    expect(shortcutOf(press("k", { ctrlKey: true, altKey: true }))).toBeNull();
    expect(shortcutOf(press("k"))).toBeNull();
  });

  it("focuses the search on / outside a field, and lets / be typed inside one", () => {
    expect(shortcutOf(press("/"))).toBe("search");
    for (const tag of ["input", "textarea", "select"])
      expect(shortcutOf({ ...press("/"), target: document.createElement(tag) })).toBeNull();
    expect(shortcutOf(press("/", { ctrlKey: true }))).toBeNull();
  });

  it("finds the search box of the page in the main region only", () => {
    document.body.innerHTML = `<header><input type="search" id="other"></header><main><input id="name"><input type="search" id="q"></main>`;
    expect(pageSearchBox()?.id).toBe("q");
    document.body.innerHTML = "<main><input id='name'></main>";
    expect(pageSearchBox()).toBeNull();
  });
});

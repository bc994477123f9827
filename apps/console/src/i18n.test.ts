import { describe, expect, it } from "vitest";
import { messages } from "./i18n.ts";

describe("console messages", () => {
  it("has every Indonesian message in English too, and none empty", () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.id).sort());
    for (const locale of [messages.id, messages.en])
      for (const text of Object.values(locale)) expect(text.trim()).not.toBe("");
  });
});

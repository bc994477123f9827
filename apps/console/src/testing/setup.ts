import "@testing-library/jest-dom/vitest";
import { cleanup } from "@solidjs/testing-library";
import { afterEach } from "vitest";

// Each component test starts from an empty document.
afterEach(() => cleanup());

// jsdom lays nothing out, so it has no scrolling: a component bringing a row into view does nothing here
// (tests of plain modules run without a document at all).
if (typeof Element !== "undefined") Element.prototype.scrollIntoView ??= () => {};

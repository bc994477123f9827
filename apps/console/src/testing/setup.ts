import "@testing-library/jest-dom/vitest";
import { cleanup } from "@solidjs/testing-library";
import { afterEach } from "vitest";

// Each component test starts from an empty document.
afterEach(() => cleanup());

import { expect, it } from "vitest";
import { describeApi } from "../testing.ts";
import { accessRuleOf } from "./enforce.ts";

describeApi("access rules", (t) => {
  it("gives every /api/v1 route an access rule, so a route added without one fails here", () => {
    const byRoute = new Map<string, boolean>();
    for (const r of t.app.routes) {
      if (!r.path.startsWith("/api/v1/") || r.method === "ALL") continue;
      const key = `${r.method} ${r.path}`;
      byRoute.set(key, (byRoute.get(key) ?? false) || accessRuleOf(r.handler) !== undefined);
    }
    const missing = [...byRoute].filter(([, has]) => !has).map(([k]) => k);
    expect(byRoute.size).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });
});

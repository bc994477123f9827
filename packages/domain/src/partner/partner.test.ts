import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { CreatePartnerSchema, checkParent } from "./partner.ts";

describe("partners", () => {
  it("accepts Dinas Sosial under Pemkab Maluku Tengah with its fields", () => {
    const r = v.safeParse(CreatePartnerSchema, {
      kind: "government_agency",
      name: "Dinas Sosial Kabupaten Maluku Tengah",
      parentId: "00000000-0000-4000-8000-000000000001",
      areaCode: "81.01",
      fields: ["social"],
    });
    expect(r.success).toBe(true);
  });

  it("refuses repeated fields and malformed codes", () => {
    const r = v.safeParse(CreatePartnerSchema, {
      kind: "ngo",
      name: "X",
      fields: ["health", "health"],
      areaCode: "8101",
    });
    expect(r.success).toBe(false);
  });

  it("refuses a parent that is the partner itself, a descendant, or not a government body", () => {
    expect(checkParent("a", { id: "a", kind: "local_government" }, [])).toBe("partner/parent-cycle");
    expect(checkParent("a", { id: "b", kind: "government_agency" }, ["c", "a"])).toBe("partner/parent-cycle");
    expect(checkParent("a", { id: "b", kind: "business" }, [])).toBe("partner/parent-kind");
    expect(checkParent("a", { id: "b", kind: "local_government" }, [])).toBeNull();
    expect(checkParent(null, null, [])).toBeNull();
  });
});

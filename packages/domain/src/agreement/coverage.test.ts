import { describe, expect, it } from "vitest";
import { STANDARD_COOPERATION_FIELDS } from "./agreement.ts";
import { coverageRows, type FacilityCoverage } from "./coverage.ts";

const facility = (id: string, office: string, covered: FacilityCoverage["covered"]): FacilityCoverage => ({
  facilityId: id,
  facilityName: `Rutan ${id}`,
  regionalOfficeId: office,
  regionalOfficeName: `Kanwil ${office}`,
  covered,
});
const zeros = Object.fromEntries(STANDARD_COOPERATION_FIELDS.map((f) => [f, 0]));

describe("the coverage matrix's rows", () => {
  const facilities = [
    facility("tual", "maluku", ["health"]),
    facility("masohi", "maluku", ["health", "civil_registration"]),
    facility("barabai", "kalsel", []),
  ];

  it("gives each facility a row of ones and zeros, one per standard field", () => {
    const rows = coverageRows(facilities, "facility");
    expect(rows.map((r) => r.id)).toEqual(["tual", "masohi", "barabai"]);
    expect(rows[1]).toMatchObject({ kind: "facility", facilities: 1, name: "Rutan masohi" });
    expect(rows[1]?.covered).toEqual({ ...zeros, health: 1, civil_registration: 1 });
    expect(rows[2]?.covered).toEqual(zeros);
  });

  it("sums a regional office's facilities field by field, in the order the offices first come", () => {
    const rows = coverageRows(facilities, "regionalOffice");
    expect(rows.map((r) => [r.kind, r.id, r.name, r.facilities])).toEqual([
      ["regionalOffice", "maluku", "Kanwil maluku", 2],
      ["regionalOffice", "kalsel", "Kanwil kalsel", 1],
    ]);
    expect(rows[0]?.covered).toEqual({ ...zeros, health: 2, civil_registration: 1 });
    expect(rows[1]?.covered).toEqual(zeros);
  });

  it("has no rows for no facilities, either way", () => {
    expect(coverageRows([], "facility")).toEqual([]);
    expect(coverageRows([], "regionalOffice")).toEqual([]);
  });
});

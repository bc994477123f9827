import {
  domicileFiguresOf,
  engagementFiguresOf,
  licencesExpiringOf,
  trainingFiguresOf,
} from "./activity-figures.ts";
import { actionPlanOf, agreementFiguresOf, coverageOf, outcomesOf } from "./agreement-figures.ts";
import type { UnitFigures } from "./figures.ts";
import type { UnitInput } from "./input.ts";
import { monthBounds, type Period } from "./period.ts";

/**
 * The reference definition of every figure of one unit for one month, its days and instants read in
 * the unit's own time zone. The SQL (`computeUnitFigures` in @sinergi/db) must agree with it exactly.
 */
export function unitFiguresOf(input: UnitInput, period: Period): UnitFigures {
  const b = monthBounds(period, input.unit.timeZone);
  const facilityId = input.unit.kind === "facility" ? input.unit.id : null;
  return {
    unit: input.unit,
    agreements: agreementFiguresOf(input.agreements, input.renewals, b),
    coverage: coverageOf(input.agreements, input.renewals, b),
    actionPlan: actionPlanOf(input.agreements, input.renewals, input.actionItems, b),
    engagements: engagementFiguresOf(input.engagements, b),
    training: trainingFiguresOf(input.training, input.population, b),
    domicile: domicileFiguresOf(facilityId, input.training, input.inmates, b),
    licencesExpiring: licencesExpiringOf(facilityId, input.licences, b),
    outcomes: outcomesOf(input.agreements, input.funded, b),
  };
}

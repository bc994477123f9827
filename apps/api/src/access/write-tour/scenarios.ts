import { accessScenarios } from "./access.ts";
import { agreementScenarios } from "./agreements.ts";
import { documentScenarios } from "./documents.ts";
import { engagementScenarios } from "./engagements.ts";
import type { Scenario } from "./kit.ts";
import { organisationScenarios } from "./organisation.ts";
import { reportScenarios } from "./reports.ts";
import { trainingScenarios } from "./training.ts";

/**
 * The write tour's scenarios: for every write route, how to make a target in a facility (Rutan Medan for the
 * write that must succeed, Rutan Salatiga for the same write that must be refused), a valid body, and where
 * the audited resource reads back.
 */

/** Every write route that needs a permission (or a national role), keyed "METHOD /api/v1/path". */
export const scenarios: Record<string, Scenario> = {
  ...organisationScenarios,
  ...engagementScenarios,
  ...agreementScenarios,
  ...documentScenarios,
  ...trainingScenarios,
  ...accessScenarios,
  ...reportScenarios,
};

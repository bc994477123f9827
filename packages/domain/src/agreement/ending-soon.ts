import * as v from "valibot";
import { described } from "../shared/schemas.ts";

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Agreements expiring (in force, ending within 90 days), by days left in each one's own time zone. */
export const EndingSoonCountsSchema = v.object(
  described(
    { days0To7: count, days8To30: count, days31To90: count },
    {
      days0To7: "Ending today or within 7 days.",
      days8To30: "Ending in 8 to 30 days.",
      days31To90: "Ending in 31 to 90 days.",
    },
  ),
);
/** Agreements expiring, by days left. */
export type EndingSoonCounts = v.InferOutput<typeof EndingSoonCountsSchema>;

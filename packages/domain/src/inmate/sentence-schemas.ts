import * as v from "valibot";
import { described, describedPicklist, IsoDateSchema, integerSchema } from "../shared/schemas.ts";
import { SERVED_SHARES } from "./sentence.ts";

const LENGTH_FIELDS = {
  years: "Whole years of the sentence.",
  months: "Further months (0-11 as verdicts state them; more is accepted).",
  days: "Further days.",
} as const;

/** A sentence length as the verdict states it (years, months, days). */
export const TermLengthSchema = v.strictObject(
  described(
    { years: integerSchema(0, 100), months: integerSchema(0, 1200), days: integerSchema(0, 36_500) },
    LENGTH_FIELDS,
  ),
);

/** One remission granted (remisi), as its decree states it. */
export const RemissionGrantSchema = v.strictObject(
  described(
    { grantedOn: IsoDateSchema, months: integerSchema(0, 120), days: integerSchema(0, 3650) },
    {
      grantedOn: "The day the remission was granted (its decree's date); within the sentence.",
      months: "Months taken off.",
      days: "Further days taken off.",
    },
  ),
);

const FACT_FIELDS = {
  startDate: "The first day counted (detention before the verdict counts, so it may precede admission).",
  length: "The sentence's length as the verdict states it.",
  remissions: "Every remission granted so far; remissions count as time served.",
} as const;

/** Sentence facts as a command gives them. */
export const SentenceFactsSchema = v.strictObject(
  described(
    {
      startDate: IsoDateSchema,
      length: TermLengthSchema,
      remissions: v.optional(v.pipe(v.array(RemissionGrantSchema), v.maxLength(100)), []),
    },
    FACT_FIELDS,
  ),
);

/** Sentence facts as the API returns them. */
export const SentenceFactsOutputSchema = v.object(
  described(
    { startDate: IsoDateSchema, length: TermLengthSchema, remissions: v.array(RemissionGrantSchema) },
    FACT_FIELDS,
  ),
);

/** The dates computed from the sentence facts, as the API returns them. */
export const SentenceDatesSchema = v.object(
  described(
    {
      fullTermEnd: IsoDateSchema,
      remissionDays: integerSchema(0),
      halfServedOn: IsoDateSchema,
      twoThirdsServedOn: IsoDateSchema,
      expectedRelease: IsoDateSchema,
    },
    {
      fullTermEnd: "The day the whole sentence would be served without remission.",
      remissionDays: "Days the remissions take off, counted back from the full-term end.",
      halfServedOn: "The first day on which half the sentence counts as served (remissions included).",
      twoThirdsServedOn: "The first day on which two thirds count as served (remissions included).",
      expectedRelease: "The full-term end less the remissions (ekspirasi).",
    },
  ),
);

/** half or two-thirds. */
export const ServedShareSchema = describedPicklist(
  SERVED_SHARES,
  {
    half: "Half the sentence served (asimilasi).",
    "two-thirds": "Two thirds of the sentence served (parole, pembebasan bersyarat).",
  },
  "must be half or two-thirds",
);

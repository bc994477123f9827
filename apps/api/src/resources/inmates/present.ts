import type { InmateRecord } from "@sinergi/db";
import { inmateDomicile, maskInmate } from "@sinergi/domain";

/** An inmate as the API returns it: with its effective domicile, and NIK and birth date masked unless `full`. */
export function presentInmate(record: InmateRecord, full: boolean) {
  const shown = full ? record : maskInmate(record);
  return { ...shown, domicile: inmateDomicile(record), personalDataMasked: !full };
}

/** What the audit log keeps of an inmate: personal data masked (the audit log is a log). */
export const auditedInmate = (record: InmateRecord) => maskInmate(record);

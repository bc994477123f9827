import type { InmateRecord } from "@sinergi/db";
import { effectiveDomicile, inmateNikDiscrepancies, maskInmate, sentenceDates } from "@sinergi/domain";

/**
 * An inmate as the API returns it: with its effective domicile and where it comes from, where a
 * Dukcapil-validated NIK disagrees with the record, the dates its sentence facts give, and NIK and
 * birth date masked unless `full`.
 */
export function presentInmate(record: InmateRecord, full: boolean) {
  const shown = full ? record : maskInmate(record);
  const domicile = effectiveDomicile(record);
  return {
    ...shown,
    domicile: domicile.regencyCode,
    domicileSource: domicile.source,
    nikDiscrepancies: inmateNikDiscrepancies(record),
    sentenceDates: record.sentence === null ? null : sentenceDates(record.sentence),
    personalDataMasked: !full,
  };
}

/** What the audit log keeps of an inmate: personal data masked (the audit log is a log). */
export const auditedInmate = (record: InmateRecord) => maskInmate(record);

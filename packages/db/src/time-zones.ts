import { PROVINCE_CODES, provinceTimeZone } from "@sinergi/domain";

/** SQL text: a facility's time zone (its override, else its own), the facility table under `alias`. */
export const facilityZoneSql = (alias: string): string =>
  `coalesce(${alias}.time_zone_override, ${alias}.time_zone)`;

/**
 * SQL text: the time zone of the province whose code is in `column`, the same table as the domain's
 * `provinceTimeZone` (a regional office keeps its province's); WIB, where the directorate sits, when null.
 */
export const provinceZoneSql = (column: string): string =>
  `case ${column} ${PROVINCE_CODES.map((p) => `when '${p}' then '${provinceTimeZone(p)}'`).join(" ")} else 'Asia/Jakarta' end`;

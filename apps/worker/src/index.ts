/**
 * @sinergi/worker: the monthly reporting worker. Its reconcile passes and backfill command arrive with
 * the reporting issue; until then the package only reserves its place in the workspace.
 */
export const workerName = "sinergi-reporting-worker";

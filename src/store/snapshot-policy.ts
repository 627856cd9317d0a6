/** After this many journaled actions a background snapshot is due. */
export const SNAPSHOT_EVERY_ACTIONS = 500;
/** After this long with unsnapshotted actions a background snapshot is due. */
export const SNAPSHOT_EVERY_MS = 5 * 60 * 1000;

/**
 * Whether the app should write a background snapshot now, given the actions journaled since the last one and the
 * time since it. Nothing to snapshot → false; many actions or a long time → true. Snapshots only shorten the replay
 * at the next open: every action is already durable in the journal.
 */
export function shouldSnapshot(actionsSinceSnapshot: number, msSinceSnapshot: number): boolean {
  if (actionsSinceSnapshot <= 0) return false;
  return actionsSinceSnapshot >= SNAPSHOT_EVERY_ACTIONS || msSinceSnapshot >= SNAPSHOT_EVERY_MS;
}

// How long an account waits after failed sign-ins: free for the first few
// mistakes, then doubling, so that guessing a password takes years, not hours.

export const FREE_FAILURES = 3;
const BASE_DELAY_SECONDS = 2;
const MAX_DELAY_SECONDS = 15 * 60;

/** Seconds the next attempt must wait after `failures` failed sign-ins in a row. */
export function throttleSeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_SECONDS, BASE_DELAY_SECONDS * 2 ** (failures - FREE_FAILURES));
}

/** Seconds still to wait before `now`, given the last failure's time; 0 when a new attempt may go ahead. */
export function secondsToWait(failures: number, lastFailure: Date, now: Date): number {
  const until = lastFailure.getTime() + throttleSeconds(failures) * 1000;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

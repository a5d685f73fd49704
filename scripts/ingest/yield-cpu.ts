import os from "node:os";

/** How much lower than the shell's the ingest's CPU priority is (nice steps; 19 is the lowest). */
export const INGEST_NICE_STEPS = 10;

/**
 * Puts the ingest below a dashboard on the same machine: its extraction
 * workers keep every core busy, and an analyst's pages should not wait on a
 * batch job. Linux keeps a priority per thread and a thread inherits it from
 * the one that starts it, so this runs before the workers start. A priority
 * that cannot be lowered is left as it is.
 */
export function yieldCpuToServer(steps = INGEST_NICE_STEPS): number {
  try {
    const lowered = Math.min(19, os.getPriority() + steps);
    os.setPriority(lowered);
    return lowered;
  } catch {
    return os.getPriority();
  }
}

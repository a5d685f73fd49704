// Exports are the heaviest requests: a bound on how many run at once keeps
// the server answering everything else while they do.

export class Slots {
  private taken = 0;

  constructor(readonly size: number) {}

  /** A slot and the function that gives it back (once), or null when all are taken. */
  take(): (() => void) | null {
    if (this.taken >= this.size) return null;
    this.taken++;
    let given = false;
    return () => {
      if (given) return;
      given = true;
      this.taken--;
    };
  }

  get inUse(): number {
    return this.taken;
  }
}

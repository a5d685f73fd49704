// Export workers, started once and kept. A new worker thread loads the export's
// modules (the XLSX writer, the SQLite driver, their code compiled again by a
// fresh V8 isolate) before its first row: hundreds of milliseconds of CPU per
// export, landing on a two-core machine beside the pages the server renders.
// A kept worker serves one export after another with that cost paid once.
import { Worker } from "node:worker_threads";
import type { FromWorker, ToWorker } from "./worker-protocol";

export interface ExportListener {
  message(message: FromWorker): void;
  /** The worker stopped (crashed, or was stopped) while serving this export. */
  stopped(error: Error): void;
}

/**
 * Under vitest the sources run as TypeScript, untranspiled, and a worker
 * thread does not inherit the loader that reads them: it loads the worker
 * through tsx. A build bundles the worker with what it imports.
 */
function fromSources(url: URL): string {
  return `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(url.href)}))`;
}

function startThread(): Worker {
  if (process.env.VITEST) return new Worker(fromSources(new URL("./export-worker.ts", import.meta.url)), { eval: true });
  return new Worker(new URL("./export-worker.ts", import.meta.url));
}

/** One kept worker: the export it serves now (by id), or none. */
export class PooledWorker {
  private serving: { id: number; listener: ExportListener } | null = null;
  private cancelTimer: NodeJS.Timeout | null = null;
  private cancelling: number | null = null;
  gone = false;

  constructor(
    private readonly thread: Worker,
    private readonly onFree: (worker: PooledWorker) => void,
    private readonly onGone: (worker: PooledWorker) => void,
  ) {
    // An idle worker does not keep the process alive.
    thread.unref();
    thread.on("message", (message: FromWorker) => {
      if (message.type === "free") return this.freed(message.id);
      if (this.serving?.id === message.id) this.serving.listener.message(message);
    });
    const stopped = (error: Error) => {
      if (this.gone) return;
      this.gone = true;
      if (this.cancelTimer) clearTimeout(this.cancelTimer);
      const serving = this.serving;
      this.serving = null;
      onGone(this);
      serving?.listener.stopped(error);
    };
    thread.on("error", stopped);
    thread.on("exit", (code) => stopped(new Error(`The export's worker stopped (exit code ${code}).`)));
  }

  serve(id: number, listener: ExportListener) {
    this.serving = { id, listener };
  }

  send(message: ToWorker) {
    if (!this.gone) this.thread.postMessage(message);
  }

  /** Stops the export; a worker that is not free within graceMs is stopped for good. */
  cancel(id: number, graceMs: number) {
    if (this.serving?.id !== id) return;
    this.serving = null;
    this.send({ type: "cancel", id });
    this.cancelTimer = setTimeout(() => void this.thread.terminate(), graceMs);
    this.cancelTimer.unref();
    this.cancelling = id;
  }

  private freed(id: number) {
    if (this.cancelling === id && this.cancelTimer) {
      clearTimeout(this.cancelTimer);
      this.cancelTimer = null;
      this.cancelling = null;
    }
    if (this.serving?.id === id) this.serving = null;
    if (!this.gone) this.onFree(this);
  }

  terminate() {
    return this.thread.terminate();
  }
}

export class ExportWorkerPool {
  private readonly idle: PooledWorker[] = [];
  private readonly all = new Set<PooledWorker>();
  private readonly waiting: ((worker: PooledWorker) => void)[] = [];

  constructor(
    readonly size: number,
    private readonly start: () => Worker = startThread,
  ) {}

  /** A free worker: an idle one, a new one while fewer than `size` run, else the next to be free. */
  take(): Promise<PooledWorker> {
    const worker = this.idle.pop();
    if (worker) return Promise.resolve(worker);
    if (this.all.size < this.size) return Promise.resolve(this.spawn());
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private spawn(): PooledWorker {
    const worker = new PooledWorker(
      this.start(),
      (free) => this.give(free),
      (gone) => {
        this.all.delete(gone);
        const at = this.idle.indexOf(gone);
        if (at >= 0) this.idle.splice(at, 1);
        // Someone waited for this one: a new worker takes its place.
        const next = this.waiting.shift();
        if (next) next(this.spawn());
      },
    );
    this.all.add(worker);
    return worker;
  }

  private give(worker: PooledWorker) {
    const next = this.waiting.shift();
    if (next) next(worker);
    else if (!this.idle.includes(worker)) this.idle.push(worker);
  }

  counts() {
    return { started: this.all.size, idle: this.idle.length };
  }

  /** Stops every worker (tests). */
  async close() {
    await Promise.all([...this.all].map((w) => w.terminate()));
  }
}

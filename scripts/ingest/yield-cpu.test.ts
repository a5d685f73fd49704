import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("yieldCpuToServer", () => {
  it("lowers the priority of the process and of the worker threads it starts after", () => {
    // A process of its own: a priority once lowered cannot be raised again without privileges.
    const script = `
      import os from "node:os";
      import { Worker } from "node:worker_threads";
      const loaded = await import(${JSON.stringify(new URL("./yield-cpu.ts", import.meta.url).href)});
      const { yieldCpuToServer } = loaded.yieldCpuToServer ? loaded : loaded.default;
      const before = os.getPriority();
      const after = yieldCpuToServer(5);
      const worker = new Worker("Promise.all([import('node:os'), import('node:worker_threads')]).then(([os, threads]) => threads.parentPort.postMessage(os.getPriority()));", { eval: true });
      worker.once("message", (inWorker) => { console.log(JSON.stringify({ before, after, inWorker })); worker.terminate(); });
    `;
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    const { before, after, inWorker } = JSON.parse(run.stdout) as { before: number; after: number; inWorker: number };
    expect(after).toBe(Math.min(19, before + 5));
    expect(inWorker).toBe(after);
  });
});

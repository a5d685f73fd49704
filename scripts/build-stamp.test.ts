import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { staleBuildReason } from "./build-stamp.mjs";

function project() {
  const root = mkdtempSync(path.join(os.tmpdir(), "build-stamp-"));
  mkdirSync(path.join(root, "app"));
  mkdirSync(path.join(root, "lib/format"), { recursive: true });
  writeFileSync(path.join(root, "app/page.tsx"), "export default function Page() {}");
  writeFileSync(path.join(root, "lib/format/words.ts"), "export {}");
  return root;
}

function at(root: string, file: string, seconds: number) {
  const full = path.join(root, file);
  utimesSync(full, seconds, seconds);
}

function built(root: string, seconds: number) {
  mkdirSync(path.join(root, ".next"), { recursive: true });
  writeFileSync(path.join(root, ".next/BUILD_ID"), "x");
  writeFileSync(path.join(root, ".next/build-complete"), "x");
  at(root, ".next/build-complete", seconds);
}

describe("staleBuildReason (does npm start need to build?)", () => {
  it("builds when there is no build", () => {
    expect(staleBuildReason(project())).toBe("no build yet");
  });

  it("builds again when the last build stopped before it finished", () => {
    const root = project();
    for (const f of ["app/page.tsx", "app", "lib/format/words.ts", "lib/format", "lib"]) at(root, f, 1000);
    mkdirSync(path.join(root, ".next"));
    // `next build` writes its BUILD_ID before its manifests: stopped there, it leaves a build that cannot serve.
    writeFileSync(path.join(root, ".next/BUILD_ID"), "x");
    at(root, ".next/BUILD_ID", 2000);
    expect(staleBuildReason(root)).toBe("the last build did not finish");
  });

  it("does not build when nothing changed since the last build", () => {
    const root = project();
    for (const f of ["app/page.tsx", "app", "lib/format/words.ts", "lib/format", "lib"]) at(root, f, 1000);
    built(root, 2000);
    expect(staleBuildReason(root)).toBeNull();
  });

  it("builds when a source file deep in the tree changed after the build", () => {
    const root = project();
    for (const f of ["app/page.tsx", "app", "lib/format", "lib"]) at(root, f, 1000);
    built(root, 2000);
    at(root, "lib/format/words.ts", 3000);
    expect(staleBuildReason(root)).toBe("lib changed since the last build");
  });

  it("ignores a changed unit test, which the build does not read", () => {
    const root = project();
    writeFileSync(path.join(root, "lib/format/words.test.ts"), "");
    for (const f of ["app/page.tsx", "app", "lib/format/words.ts", "lib/format", "lib"]) at(root, f, 1000);
    built(root, 2000);
    at(root, "lib/format/words.test.ts", 3000);
    expect(staleBuildReason(root)).toBeNull();
  });
});

// The bad-input matrix: one ingest of a folder of every kind of bad file
// beside good ones. Each bad file gets a line that says what is wrong, the
// good ones load, and nothing else is stored.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { counts, freshDatabase, ingest } from "./database";
import type { Report } from "./report";

const PART = "bad-input";
const SEED = "seeds/004_d65a453aca90a03a.txt";
const SEED_TEXT = readFileSync(SEED, "utf8");

interface Case {
  name: string;
  make: (file: string) => void;
  /** What the line for this file must say. */
  expect: RegExp;
  loads?: boolean;
}

const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);

const CASES: Case[] = [
  { name: "good.txt", make: (f) => copyFileSync(SEED, f), expect: /added/, loads: true },
  { name: "empty.txt", make: (f) => writeFileSync(f, ""), expect: /FAILED: file is empty/ },
  { name: "whitespace.txt", make: (f) => writeFileSync(f, " \n\t\r\n  \n"), expect: /FAILED: file is empty/ },
  { name: "binary.txt", make: (f) => writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), expect: /FAILED: file is a PNG image, not text/ },
  { name: "utf16-bom.txt", make: (f) => writeFileSync(f, utf16(`${SEED_TEXT}\nUTF-16 copy.`)), expect: /added/, loads: true },
  { name: "utf16-no-bom.txt", make: (f) => writeFileSync(f, Buffer.from("Selon Séoul, 3 000 soldats.", "utf16le")), expect: /FAILED: file looks like UTF-16 without a byte-order mark/ },
  { name: "latin1.txt", make: (f) => writeFileSync(f, Buffer.from("Selon Séoul, 3 000 soldats nord-coréens.", "latin1")), expect: /FAILED: file is not valid UTF-8/ },
  { name: "late-nul.txt", make: (f) => writeFileSync(f, `${"Selon Séoul, 3 000 soldats.\n".repeat(2000)}\u0000tail`), expect: /FAILED: file looks binary, not text: a NUL byte at byte/ },
  { name: "over-limit.txt", make: (f) => writeFileSync(f, "Selon Séoul, 3 000 soldats. ".repeat(200_000)), expect: /FAILED: file is \d+ bytes; the limit is 5242880 bytes/ },
  { name: "digits.txt", make: (f) => writeFileSync(f, `Selon Séoul, ${"1234567890".repeat(10_000)} soldats.`), expect: /added|FAILED/, loads: undefined },
  {
    name: "hostile.txt",
    make: (f) => writeFileSync(f, `<script>alert(1)</script><img src=x onerror=alert(2)> =HYPERLINK("http://x") Selon le <b>NIS</b>, 4 200 soldats "</textarea>" sont déployés.`),
    expect: /added/,
    loads: true,
  },
  { name: "link-passwd.txt", make: (f) => symlinkSync("/etc/passwd", f), expect: /FAILED: is a symbolic link, not followed/ },
  { name: "link-zero.txt", make: (f) => symlinkSync("/dev/zero", f), expect: /FAILED: is a symbolic link, not followed/ },
  { name: "pipe.txt", make: (f) => execFileSync("mkfifo", [f]), expect: /FAILED: is a named pipe \(FIFO\), not a regular file/ },
];

/** A sub-folder whose manifest is broken JSON, and one whose manifest points outside its folder. */
function makeManifestCases(dir: string) {
  const broken = path.join(dir, "broken-manifest");
  mkdirSync(broken);
  copyFileSync(SEED, path.join(broken, "a.txt"));
  writeFileSync(path.join(broken, "manifest.json"), `[{"file": "a.txt", "published": "2024-10-23",`);
  const traversal = path.join(dir, "traversal");
  mkdirSync(traversal);
  writeFileSync(path.join(traversal, "b.txt"), `${SEED_TEXT}\nAnother copy.`);
  writeFileSync(path.join(traversal, "manifest.json"), JSON.stringify([{ file: "../../../etc/passwd", publisher: "x" }, { file: "b.txt", published: "2024-02-30" }, { file: "b.txt", url: "javascript:alert(1)" }]));
}

export function runBadInput(work: string, report: Report) {
  const dir = path.join(work, "bad-input");
  mkdirSync(dir, { recursive: true });
  for (const c of CASES) c.make(path.join(dir, c.name));
  makeManifestCases(dir);
  const file = path.join(work, "bad-input.db");
  freshDatabase(file);
  const started = performance.now();
  const result = ingest(file, [dir, "/dev/zero", path.join(dir, "nowhere.txt")]);
  const seconds = (performance.now() - started) / 1000;
  report.figure(PART, "one ingest of the whole matrix (s)", seconds.toFixed(1));
  report.check(PART, "the run ends by itself with exit code 1", result.code === 1, `exit ${result.code}`);
  report.check(PART, "no stack trace on stdout or stderr", !/\n\s+at /.test(result.stdout + result.stderr));
  const lines = result.stdout.split("\n");
  const lineFor = (name: string) => lines.find((l) => l.includes(`${path.sep}${name}:`) || l.startsWith(`${name}:`)) ?? "";
  for (const c of CASES) report.check(PART, `${c.name} gets a clear line`, c.expect.test(lineFor(c.name)), lineFor(c.name) || "no line");
  report.check(PART, "/dev/zero named on the command line is refused as a device", /\/dev\/zero: FAILED: is a device/.test(result.stdout));
  report.check(PART, "a path that does not exist is named", /nowhere\.txt: FAILED: no such file or folder/.test(result.stdout));
  report.check(PART, "a manifest that is not JSON refuses its files with the reason", /a\.txt: FAILED: .*manifest\.json is not valid JSON/.test(result.stdout));
  report.check(PART, "a manifest entry pointing outside its folder matches no file and is named", /warning: \.\.\/\.\.\/\.\.\/etc\/passwd: no such file/.test(result.stdout));
  report.check(PART, "an impossible date or a javascript: URL in a manifest refuses that file", /b\.txt: FAILED: manifest entry is malformed/.test(result.stdout));
  const expectedLoads = CASES.filter((c) => c.loads).length + (/digits\.txt: added/.test(result.stdout) ? 1 : 0);
  const stored = counts(file);
  report.check(PART, "exactly the good files are stored", stored.articles === expectedLoads, `${stored.articles} stored, ${expectedLoads} expected`);
  report.check(PART, "every stored claim belongs to a question", stored.ungrouped === 0, `${stored.ungrouped} without`);
  report.figure(PART, "files in the matrix (good and bad)", CASES.length + 5);
}

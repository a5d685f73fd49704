// Bulk extraction runs a few hundred long regular expressions over every
// sentence. V8 starts each one in its bytecode interpreter and compiles it to
// machine code once it has run; for the extractor's expressions, compiling
// them to machine code from the start is about 8% faster (BENCHMARKS.md) and
// gives the same matches. Imported first by the commands that extract in bulk;
// the flag holds for the whole process, worker threads included.
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--no-regexp-tier-up");

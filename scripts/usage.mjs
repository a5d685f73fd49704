// `--help` on any of the project's commands prints its usage and stops, before
// the command reads its arguments as files, sizes or names. Plain Node, so the
// set-up scripts can use it before dependencies exist.

/** The arguments before a bare `--`, where flags end and names begin. */
function flagsOf(argv) {
  const end = argv.indexOf("--");
  return end === -1 ? argv : argv.slice(0, end);
}

export function wantsHelp(argv = process.argv.slice(2)) {
  const flags = flagsOf(argv);
  return flags.includes("--help") || flags.includes("-h");
}

/** Prints the usage on stdout and exits 0 when the arguments ask for help. */
export function exitWithUsageOnHelp(usage, argv = process.argv.slice(2)) {
  if (!wantsHelp(argv)) return;
  process.stdout.write(`${usage.trim()}\n`);
  process.exit(0);
}

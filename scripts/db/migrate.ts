// `npm run db:migrate` applies committed migrations; `npm run db:migrate -- create NAME`
// writes a new one from the schema; `npm run db:migrate -- check` fails when the
// schema has changes that no migration holds. All work with no network.
import { createMigration, deployMigrations, pendingMigrationSql } from "./migrations";
import { exitWithUsageOnHelp } from "../usage.mjs";

exitWithUsageOnHelp(`
Usage: npm run db:migrate [-- create NAME | check]
  (nothing)     applies the committed migrations to the database (DATABASE_URL)
  create NAME   writes a new migration from prisma/schema.prisma (lowercase letters, digits and _)
  check         fails when the schema has changes that no migration holds
`);

async function main(args: string[]) {
  if (args[0] === "create") {
    const name = args[1];
    if (!name || !/^[a-z0-9_]+$/.test(name)) {
      throw new Error("Usage: npm run db:migrate -- create NAME (lowercase letters, digits and _)");
    }
    const dir = await createMigration(name);
    console.log(dir ? `Wrote ${dir}/migration.sql` : "The schema matches the migrations: nothing to write.");
    return;
  }
  if (args[0] === "check") {
    const sql = await pendingMigrationSql();
    if (!sql) return console.log("The schema matches the migrations.");
    console.error(`prisma/schema.prisma has changes that no migration holds; write one with \`npm run db:migrate -- create NAME\`:\n${sql}`);
    process.exitCode = 1;
    return;
  }
  const applied = await deployMigrations();
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database is up to date.");
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

// Prisma's schema engine as WebAssembly: the same engine the CLI downloads as a
// native binary, which this machine cannot fetch. It is instantiated by hand
// from its .wasm bytes so that plain Node needs no experimental flag.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type * as SchemaEngineModule from "@prisma/schema-engine-wasm";

type Engine = SchemaEngineModule.SchemaEngine;

const require = createRequire(import.meta.url);

async function loadWasmModule() {
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const bindings = await import(path.join(pkgDir, "schema_engine_bg.js"));
  const bytes = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return bindings as typeof SchemaEngineModule;
}

export async function openSchemaEngine(dbFile: string, schemaPath: string, schemaText: string): Promise<Engine> {
  const { SchemaEngine } = await loadWasmModule();
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(new PrismaBetterSqlite3({ url: `file:${dbFile}` }));
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(message);
  };
  return SchemaEngine.new({ datamodels: [[schemaPath, schemaText]] }, log, adapterFactory);
}

// Prisma's schema engine as WebAssembly: the same engine the CLI downloads as a
// native binary, which this machine cannot fetch. It is instantiated by hand
// from its .wasm bytes so that plain Node needs no experimental flag.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory, type SqlQueryable } from "@prisma/driver-adapter-utils";
import type * as SchemaEngineModule from "@prisma/schema-engine-wasm";

type Engine = SchemaEngineModule.SchemaEngine;

const require = createRequire(import.meta.url);

let loaded: Promise<typeof SchemaEngineModule> | null = null;

/** The module must be instantiated once per process: its bindings keep the instance in module state. */
function loadWasmModule() {
  loaded ??= instantiateWasmModule();
  return loaded;
}

async function instantiateWasmModule() {
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const bindings = await import(path.join(pkgDir, "schema_engine_bg.js"));
  const bytes = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return bindings as typeof SchemaEngineModule;
}

export interface OpenEngine {
  engine: Engine;
  /** Frees the engine and closes its database connections, which otherwise keep the file locked. */
  close(): Promise<void>;
}

type Queryable = Pick<SqlQueryable, "executeRaw"> & { client?: { exec(sql: string): unknown } };

/**
 * The engine replays each migration into the shadow database as one
 * executeRaw call holding the whole file, which better-sqlite3's prepare
 * refuses ("more than one statement"): such a script, with no parameters, is
 * run with exec instead.
 */
function runScriptsWhole<T extends Queryable>(queryable: T): T {
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      const manyStatements = error instanceof RangeError && /more than one statement/.test(error.message);
      if (!manyStatements || query.args.length || !queryable.client) throw error;
      queryable.client.exec(query.sql);
      return 0;
    }
  };
  return queryable;
}

function acceptScripts(connection: SqlDriverAdapter): SqlDriverAdapter {
  const startTransaction = connection.startTransaction.bind(connection);
  connection.startTransaction = async (isolationLevel) => runScriptsWhole(await startTransaction(isolationLevel));
  return runScriptsWhole(connection);
}

export async function openSchemaEngine(dbFile: string, schemaPath: string, schemaText: string): Promise<OpenEngine> {
  const { SchemaEngine } = await loadWasmModule();
  const factory = new PrismaBetterSqlite3({ url: `file:${dbFile}` });
  const connections: { dispose(): Promise<void> }[] = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const connection = await factory.connect();
      connections.push(connection);
      return connection;
    },
    connectToShadowDb: async () => {
      const connection = acceptScripts(await factory.connectToShadowDb());
      connections.push(connection);
      return connection;
    },
  };
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(message);
  };
  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, schemaText]] }, log, bindMigrationAwareSqlAdapterFactory(tracked));
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(connections.map((c) => c.dispose()));
    },
  };
}

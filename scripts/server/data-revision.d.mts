export declare function databaseFileOf(env?: NodeJS.ProcessEnv, cwd?: string): string | null;
export declare function openDataRevision(file: string | null): Promise<(() => string | null) | null>;

export declare const BUILD_INPUTS: string[];
export declare const BUILD_ID: string;
export declare const BUILD_COMPLETE: string;
export declare function staleBuildReason(root?: string): string | null;
export declare function buildDashboard(env?: NodeJS.ProcessEnv, root?: string): boolean;

export declare const BUILD_INPUTS: string[];
export declare const BUILD_ID: string;
export declare function staleBuildReason(root?: string): string | null;

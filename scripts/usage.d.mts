export declare function wantsHelp(argv?: string[]): boolean;
export declare function exitWithUsageOnHelp(usage: string, argv?: string[]): void;

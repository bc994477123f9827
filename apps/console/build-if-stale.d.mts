/** What the console's bundle is made from. */
export declare const INPUTS: readonly string[];
/** Written into dist after a successful build. */
export declare const STAMP: string;
/** The newest modification time (ms) of the files under the given paths (0 when none exist). */
export declare function newestMtime(paths: readonly string[]): number;
/** Whether a build is needed: no stamp, or an input changed after it. */
export declare function isStale(inputs: readonly string[], stamp: string): boolean;

/** What the console's bundle is made from. */
export declare const INPUTS: readonly string[];
/** The file whose absence means no build was ever made (relative to apps/console). */
export declare const OUTPUT: string;
/** Whether a build is needed: no stamp, or an input changed after it. */
export declare function isStale(inputs: readonly string[], stamp: string): boolean;

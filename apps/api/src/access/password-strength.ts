import type { ZxcvbnFactory } from "@zxcvbn-ts/core";

// zxcvbn-ts, configured once for the process with the common (passwords, diceware, keyboard layouts)
// and Indonesian dictionaries. Loaded on first use: the dictionaries are large, and most requests never
// choose a password.
let estimator: Promise<ZxcvbnFactory> | undefined;

function load(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, indonesian] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-id"),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...indonesian.dictionary },
      graphs: common.adjacencyGraphs,
      // No Levenshtein matching: it more than doubles the time of a check without changing the score of
      // the near-misses we tried (`pasword123456` still rates 1: l33t and repeat matching catch them).
      useLevenshteinDistance: false,
    });
  })();
  return estimator;
}

/**
 * How hard a password is to guess, 0 (trivial) to 4 (very hard), by zxcvbn-ts. `personal` words (the
 * person's name and email) count as known to an attacker.
 */
export async function passwordScore(password: string, personal: readonly string[] = []): Promise<number> {
  return (await load()).check(password, [...personal]).score;
}

/** One pathological input: see pathological-inputs.mjs. */
export interface PathologicalInput {
  /** Stable kebab-case name. */
  name: string;
  /** Builds the input at size `n` (characters, lines or repetitions, per entry). */
  make(n: number): string;
  /** The size the tests run. */
  n: number;
  /** The size of the n/2 → n time ratio test, where it differs from `n` (a smaller live heap). */
  ratioN?: number;
}
export const PATHOLOGICAL: PathologicalInput[];

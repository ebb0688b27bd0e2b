// Types of scripts/mutants.mjs for the test that checks every mutant still applies.
/** [id, file under src/, the bug, [find, replace], tests]. */
export type Mutant = [
  id: string,
  file: string,
  bug: string,
  edit: [find: string, replace: string],
  tests: string[],
]
export const mutants: Mutant[]
/** Mutants that change nothing observable, with the reason. */
export const equivalent: Record<string, string>

/** One thing wrong with a story, located by a path such as `quotes[3].speaker`. */
export interface StoryProblem {
  path: string;
  message: string;
}

/** `quotes[3].speaker: no actor "x"`: the form used in errors, the console and tests. */
export function formatProblem(problem: StoryProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/** What the loader says about a file, in words a data author can act on. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Where, in words a data author can find: `events[3] "internet-cut-off" › sources[0].quote`. */
  where: string;
  message: string;
  /** Set on the first problem of an event that was left out, so skipped events can be counted. */
  skipsEvent?: true;
  /** Set on a problem that leaves out a story, or one step of a story. */
  skipsStory?: true;
  /** Set on every problem that is a reason its event was left out, not only the first (an opened file is refused for them). */
  hidesEvent?: true;
  /** Set on the line that counts the problems a capped list leaves out. */
  overflow?: true;
}

/** The wording the bundled timeline adds to a reason it left something out; an opened file is refused instead, so it drops it. */
export const SKIPPED_SUFFIX = /; (?:the event|the story|this copy) is skipped$/;

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

/** One problem the slow path (zod) found, with the path to the value. */
export interface Issue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  /** zod's unknown keys, all of them: a file can have 200,000. */
  keys?: readonly PropertyKey[];
}

/** How many problems a list shows, and how many unknown keys one message names (issue 21). */
export const MAX_LISTED_PROBLEMS = 50;
export const MAX_NAMED_KEYS = 10;

const more = (count: number) => `… and ${count.toLocaleString('en')} more`;

/** zod's "Unrecognized keys" message names every key; this keeps its wording but names the first ten and counts the rest. */
function issueMessage(issue: Issue): string {
  if (issue.code !== 'unrecognized_keys' || !issue.keys) return issue.message;
  const named = issue.keys.slice(0, MAX_NAMED_KEYS).map((key) => JSON.stringify(String(key).slice(0, 80)));
  const rest = issue.keys.length - named.length;
  return `Unrecognized ${issue.keys.length === 1 ? 'key' : 'keys'}: ${named.join(', ')}${rest > 0 ? ` ${more(rest)}` : ''}`;
}

/** The first problems and, when there are more, one line that counts the rest. */
export function capProblems(problems: readonly Problem[], max = MAX_LISTED_PROBLEMS): Problem[] {
  if (problems.length <= max) return [...problems];
  const rest = problems.length - max;
  const worst = problems.slice(max).some((p) => p.severity === 'error') ? 'error' : 'warning';
  return [...problems.slice(0, max), { severity: worst, where: 'data file', message: `${more(rest)} ${rest === 1 ? 'problem' : 'problems'}`, overflow: true }];
}

export function issueProblems(issues: readonly Issue[], prefix: string, severity: Problem['severity']): Problem[] {
  const problems = issues.slice(0, MAX_LISTED_PROBLEMS).map((issue) => {
    const path = formatPath(issue.path);
    return {
      severity,
      where: [prefix, path].filter(Boolean).join(prefix && path ? ' › ' : '') || 'data file',
      message: issueMessage(issue),
    };
  });
  const rest = issues.length - problems.length;
  if (rest > 0) problems.push({ severity, where: prefix || 'data file', message: `${more(rest)} ${rest === 1 ? 'problem' : 'problems'}` });
  return problems;
}

/** The row or event a problem is about (`row 5`, `events[3]`), or the place itself when it is about the file: what problems are grouped by. */
export function problemGroup(where: string): { key: string; order: number } {
  const row = /^row (\d+)/.exec(where) ?? /^events\[(\d+)\]/.exec(where);
  if (row) return { key: `${where.startsWith('row') ? 'row' : 'events'} ${row[1]}`, order: Number(row[1]) };
  return { key: where.split(' › ')[0]!, order: -1 };
}

/** File-wide problems first, then by row (or event) in the file's order; the order within a row is kept. */
export function sortByGroup(problems: readonly Problem[]): Problem[] {
  return problems
    .map((problem, i) => ({ problem, i, order: problemGroup(problem.where).order }))
    .sort((a, b) => a.order - b.order || a.i - b.i)
    .map(({ problem }) => problem);
}

export interface ProblemGroup {
  /** The row or event as the file names it (`row 5 "cut-off"`), or `data file`. */
  label: string;
  problems: { field: string; problem: Problem }[];
}

/** Consecutive problems about the same row or event, under one label; the field is what follows " › ". */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const groups: (ProblemGroup & { key: string })[] = [];
  for (const problem of problems) {
    const { key } = problemGroup(problem.where);
    const [head, ...rest] = problem.where.split(' › ');
    const last = groups.at(-1);
    const group = last && last.key === key && !problem.overflow ? last : undefined;
    const entry = { field: rest.join(' › '), problem };
    if (group) {
      group.problems.push(entry);
      if (head!.length > group.label.length) group.label = head!; // `row 5 "cut-off"` names the row better than `row 5`
    } else groups.push({ key, label: head!, problems: [entry] });
  }
  return groups.map(({ label, problems: entries }) => ({ label, problems: entries }));
}

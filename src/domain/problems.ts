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
}

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
  return [...problems.slice(0, max), { severity: worst, where: 'data file', message: `${more(rest)} ${rest === 1 ? 'problem' : 'problems'}` }];
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

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
}

export function issueProblems(issues: readonly Issue[], prefix: string, severity: Problem['severity']): Problem[] {
  return issues.slice(0, 50).map((issue) => {
    const path = formatPath(issue.path);
    return {
      severity,
      where: [prefix, path].filter(Boolean).join(prefix && path ? ' › ' : '') || 'data file',
      message: issue.message,
    };
  });
}

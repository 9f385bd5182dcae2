import { groupProblems, type Problem } from '../domain/problems';

/**
 * Problems under the row or event they are about, each as "field: what is
 * wrong", so an author fixes a row at a time (issue 20). The lists arrive
 * capped (problems.ts); the line counting the rest stands on its own.
 */
export function ProblemGroups({ problems }: { problems: readonly Problem[] }) {
  return (
    <ul className="problem-groups">
      {groupProblems(problems).map((group, i) =>
        group.problems.length === 1 && group.problems[0]!.problem.overflow ? (
          <li key={i} className="problem-overflow">
            {group.problems[0]!.problem.message}
          </li>
        ) : group.problems.length === 1 && !group.problems[0]!.field ? (
          <li key={i}>
            <code>{group.label}</code>: {group.problems[0]!.problem.message}
          </li>
        ) : (
          <li key={i}>
            <code className="problem-where">{group.label}</code>
            <ul>
              {group.problems.map(({ field, problem }, j) => (
                <li key={j}>
                  {field ? (
                    <>
                      <code>{field}</code>: {problem.message}
                    </>
                  ) : (
                    problem.message
                  )}
                </li>
              ))}
            </ul>
          </li>
        ),
      )}
    </ul>
  );
}

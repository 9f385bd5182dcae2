import type { Problem } from '../../domain/load-dataset';

const SHOWN = 100;

/** Problems as "where: what", the way a data author looks them up. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  return (
    <ul className="problem-list">
      {problems.slice(0, SHOWN).map((problem, i) => (
        <li key={i}>
          <code>{problem.where}</code>: {problem.message}
        </li>
      ))}
      {problems.length > SHOWN ? <li>…and {problems.length - SHOWN} more.</li> : null}
    </ul>
  );
}

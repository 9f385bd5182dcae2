import type { Problem } from '../../domain/load-dataset';
import { useI18n } from '../../i18n/use-i18n';

const SHOWN = 100;

/** Problems as "where: what", the way a data author looks them up. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const i18n = useI18n();
  return (
    <ul className="problem-list">
      {problems.slice(0, SHOWN).map((problem, i) => (
        <li key={i}>
          <code>{problem.where}</code>: {problem.message}
        </li>
      ))}
      {problems.length > SHOWN ? <li>{i18n._('…and {count} more.', { count: problems.length - SHOWN })}</li> : null}
    </ul>
  );
}

import {
  CLASSIFICATION_CRITERIA,
  type ClassificationAnswer,
  type ClassificationAnswers,
  type ClassificationCriterion,
  classifyEngagement,
  type EngagementType,
} from '@portfolio/domain';
import { Card } from '../../../components/card.tsx';

const CRITERION_NAME = Object.fromEntries(
  CLASSIFICATION_CRITERIA.map((criterion) => [criterion.key, criterion.criterion]),
) as Record<ClassificationCriterion, string>;

const names = (keys: readonly ClassificationCriterion[]) =>
  keys.map((key) => CRITERION_NAME[key].toLowerCase()).join(', ');

/**
 * The "BPO or KPO" guide: the criteria of DESIGN.md's table as questions, the type the answers suggest and
 * which answers pointed where. It suggests; the engagement's type stays the user's decision.
 */
export function ClassificationGuide({
  answers,
  onAnswer,
  chosen,
  onChoose,
  disabled,
}: {
  answers: ClassificationAnswers;
  onAnswer: (criterion: ClassificationCriterion, answer: ClassificationAnswer) => void;
  chosen: string;
  onChoose: (type: EngagementType) => void;
  disabled: boolean;
}) {
  const result = classifyEngagement(answers);
  return (
    <Card
      title="BPO or KPO?"
      subtitle="Answer what you know; the answers are kept with the engagement. The type is your decision."
      wide
    >
      <fieldset className="guide" disabled={disabled}>
        <legend className="sr-only">The criteria</legend>
        <div className="guide__row guide__head" aria-hidden="true">
          <span>Criterion</span>
          <span>Points to BPO</span>
          <span>Points to KPO</span>
          <span />
        </div>
        {CLASSIFICATION_CRITERIA.map((criterion) => (
          <div className="guide__row" key={criterion.key} role="radiogroup" aria-label={criterion.criterion}>
            <div className="guide__question">
              <strong>{criterion.criterion}</strong>
              <span>{criterion.question}</span>
            </div>
            {(['BPO', 'KPO', 'unsure'] as const).map((answer) => (
              <label
                key={answer}
                className={`guide__choice${answers[criterion.key] === answer ? ' guide__choice--on' : ''}`}
              >
                <input
                  type="radio"
                  name={`guide-${criterion.key}`}
                  value={answer}
                  checked={answers[criterion.key] === answer}
                  onChange={() => onAnswer(criterion.key, answer)}
                />
                {answer === 'unsure' ? 'Not sure' : criterion[answer]}
              </label>
            ))}
          </div>
        ))}
      </fieldset>
      <div className="guide__result" role="status" aria-live="polite">
        {result.suggested ? (
          <p>
            Suggested: <strong data-testid="suggested-type">{result.suggested}</strong>
            {result.tieBroken ? ' (the answers were even; how it will be judged decides)' : ''}.
          </p>
        ) : (
          <p>
            No suggestion yet:{' '}
            {result.pointsTo.BPO.length + result.pointsTo.KPO.length === 0
              ? 'answer a few questions'
              : 'the answers are even'}
            .
          </p>
        )}
        <ul className="guide__reasons">
          <li>
            Pointing to BPO ({result.pointsTo.BPO.length}): {names(result.pointsTo.BPO) || 'none'}
          </li>
          <li>
            Pointing to KPO ({result.pointsTo.KPO.length}): {names(result.pointsTo.KPO) || 'none'}
          </li>
          {result.unsure.length > 0 ? <li>Not sure: {names(result.unsure)}</li> : null}
        </ul>
        {result.suggested && result.suggested !== chosen ? (
          <button
            type="button"
            className="button button--small"
            disabled={disabled}
            onClick={() => result.suggested && onChoose(result.suggested)}
          >
            Use {result.suggested} as the type
          </button>
        ) : null}
        {result.suggested && chosen !== '' && result.suggested !== chosen ? (
          <p className="note">
            You chose {chosen}; the guide suggests {result.suggested}. Both are kept on record.
          </p>
        ) : null}
      </div>
    </Card>
  );
}

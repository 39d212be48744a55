import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidPoints } from '@vinh-danh/shared';
import type { ScoreItemInput } from '../../../gql/graphql';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { NumberInput } from '../../common/components/NumberInput';
import { useNumbers } from '../../common/hooks/useNumbers';
import { numberProblem, numberValue, type NumberText } from '../../common/numbers';
import { useScoreAutosave } from '../hooks/useScoreAutosave';
import { formatScore } from '../labels';
import type { RoundEntryView } from '../types';

export interface CriterionView {
  code: string;
  name: string;
  maxPoints: number;
}

interface Props {
  entry: RoundEntryView;
  criteria: readonly CriterionView[];
  /** false once scoring has closed */
  editable: boolean;
}

interface Line {
  points: NumberText;
  comment: string;
}

/**
 * One entry's score sheet: a number per criterion (0 to its maximum, half points) and a comment.
 * Saves itself shortly after typing stops; Enter saves at once. Tab walks points and comments in
 * the rubric's order.
 */
export function ScoreSheetForm({ entry, criteria, editable }: Props) {
  const { t } = useTranslation();
  const { locale, text } = useNumbers();
  const id = useId();
  const [lines, setLines] = useState<Record<string, Line>>(() =>
    Object.fromEntries(
      criteria.map((c) => {
        const mine = entry.myScores.find((s) => s.criterion === c.code);
        return [c.code, { points: text(mine?.points), comment: mine?.comment ?? '' }];
      }),
    ),
  );
  const score = (value: number) => formatScore(value, locale);

  // What is wrong with each criterion's points: text that does not read, or out of range.
  const messages: Record<string, string> = {};
  for (const c of criteria) {
    const points = lines[c.code].points;
    const value = numberValue(points);
    const message =
      numberProblem(t, points, c.name) ??
      (value !== null && !isValidPoints(value, c.maxPoints)
        ? t('rounds.scoring.badPoints', { criterion: c.name, max: score(c.maxPoints) })
        : null);
    if (message) messages[c.code] = message;
  }
  const problems = Object.keys(messages);

  // Only the criteria given points go to the server; an invalid sheet is not sent at all.
  const sheet = useMemo<ScoreItemInput[] | null>(() => {
    if (problems.length > 0) return null;
    const items = criteria.flatMap((c) => {
      const points = numberValue(lines[c.code].points);
      return points === null
        ? []
        : [{ criterion: c.code, points, comment: lines[c.code].comment.trim() || null }];
    });
    return items.length > 0 ? items : null;
  }, [criteria, lines, problems.length]);

  const { status, error, flush } = useScoreAutosave(entry.id, editable ? sheet : null);
  // A sheet with a misread field is not sent: "saved" would speak of the previous one.
  const shown = problems.length > 0 ? 'invalid' : status;
  const total = criteria.reduce((sum, c) => sum + (numberValue(lines[c.code].points) ?? 0), 0);
  const max = criteria.reduce((sum, c) => sum + c.maxPoints, 0);

  const set = (code: string, change: Partial<Line>) =>
    setLines((current) => ({ ...current, [code]: { ...current[code], ...change } }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void flush();
  };

  return (
    <form
      className="form score-sheet"
      data-testid={`score-sheet-${entry.candidacyId}`}
      onSubmit={onSubmit}
      noValidate
    >
      <table className="table score-table">
        <thead>
          <tr>
            <th scope="col">{t('rounds.scoring.criterion')}</th>
            <th scope="col">{t('rounds.scoring.pointsHeader')}</th>
            <th scope="col">{t('rounds.scoring.comment')}</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c) => {
            const bad = problems.includes(c.code);
            return (
              <tr key={c.code}>
                <th scope="row">
                  <label htmlFor={`${id}-${c.code}`}>{c.name}</label>
                  <span className="result__meta">
                    {t('rounds.scoring.points', { max: score(c.maxPoints) })}
                  </span>
                </th>
                <td>
                  <NumberInput
                    id={`${id}-${c.code}`}
                    className="score-input"
                    data-testid={`score-${c.code}`}
                    value={lines[c.code].points}
                    disabled={!editable}
                    aria-invalid={bad ? true : undefined}
                    aria-describedby={bad ? `${id}-${c.code}-error` : undefined}
                    onChange={(points) => set(c.code, { points })}
                  />
                  {bad ? (
                    <p className="field__error" id={`${id}-${c.code}-error`} role="alert">
                      {messages[c.code]}
                    </p>
                  ) : null}
                </td>
                <td>
                  <input
                    type="text"
                    aria-label={`${t('rounds.scoring.comment')}: ${c.name}`}
                    placeholder={t('rounds.scoring.comment')}
                    data-testid={`score-${c.code}-comment`}
                    value={lines[c.code].comment}
                    disabled={!editable}
                    onChange={(e) => set(c.code, { comment: e.target.value })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="score-sheet__footer">
        <strong data-testid="score-total">
          {t('rounds.scoring.total', { total: score(total), max: score(max) })}
        </strong>
        {editable ? (
          <>
            <span
              className={`autosave autosave--${shown === 'invalid' ? 'failed' : shown}`}
              role="status"
              data-testid="score-status"
              data-status={shown}
            >
              {t(`rounds.scoring.status.${shown}`)}
            </span>
            <button type="submit" className="button button--primary" data-testid="score-save">
              {t('common.save')}
            </button>
          </>
        ) : null}
      </div>
      <ErrorNotice error={error} testId="score-error" />
    </form>
  );
}

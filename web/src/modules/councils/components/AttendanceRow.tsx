import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberView, RoundView } from '../types';
import { SeatBadge } from './SeatBadge';

type Line = RoundView['attendance'][number];

interface Props {
  member: MemberView;
  line: Line;
  editable: boolean;
  writtenOpinions: boolean;
  busy: boolean;
  onMark: (mark: { present: boolean; writtenOpinion?: string | null }) => void;
}

/** One member at the session: their mark, the secretary's switch, an absent member's opinion. */
export function AttendanceRow({ member, line, editable, writtenOpinions, busy, onMark }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [opinion, setOpinion] = useState(line.writtenOpinion ?? '');
  const state =
    line.present || line.recorded === false
      ? t(line.present ? 'rounds.attendance.present' : 'rounds.attendance.absent')
      : t('rounds.attendance.notRecorded');
  const name = member.user.displayName;
  const absent = !line.present && line.recorded === false;

  return (
    <li
      data-testid={`attendance-${member.user.username}`}
      data-present={line.present}
      data-recorded={line.recorded ?? 'none'}
    >
      <span>
        <span>
          {name} <SeatBadge seat={member.seat} />
        </span>
        <span className="muted small" data-testid="attendance-state">
          {line.voted ? `${state} · ${t('rounds.attendance.voted')}` : state}
        </span>
      </span>
      {editable ? (
        <span className="segmented" role="radiogroup" aria-label={name}>
          {[true, false].map((present) => {
            const on = line.recorded === present || (present && line.voted);
            return (
              <button
                key={String(present)}
                type="button"
                role="radio"
                aria-checked={on}
                aria-label={t('rounds.attendance.mark', {
                  name,
                  state: t(present ? 'rounds.attendance.present' : 'rounds.attendance.absent'),
                })}
                className={on ? 'segmented__item segmented__item--on' : 'segmented__item'}
                data-testid={present ? 'attendance-present' : 'attendance-absent'}
                // one who has voted was there: the server refuses marking them absent
                disabled={busy || line.voted}
                onClick={() => onMark({ present })}
              >
                {t(present ? 'rounds.attendance.present' : 'rounds.attendance.absent')}
              </button>
            );
          })}
        </span>
      ) : null}
      {absent && line.writtenOpinion && !editable ? (
        <blockquote className="small" data-testid="attendance-opinion">
          {t('rounds.attendance.opinion')}: “{line.writtenOpinion}”
        </blockquote>
      ) : null}
      {absent && editable && writtenOpinions ? (
        <form
          className="field attendance-opinion"
          onSubmit={(e) => {
            e.preventDefault();
            onMark({ present: false, writtenOpinion: opinion.trim() || null });
          }}
        >
          <label className="field__label" htmlFor={`${id}-opinion`}>
            {t('rounds.attendance.opinion')}
          </label>
          <textarea
            id={`${id}-opinion`}
            rows={2}
            maxLength={4000}
            data-testid="attendance-opinion-input"
            value={opinion}
            onChange={(e) => setOpinion(e.target.value)}
          />
          <p className="field__hint">{t('rounds.attendance.opinionHint')}</p>
          <div className="actions">
            <button
              type="submit"
              className="button button--small"
              data-testid="attendance-opinion-save"
              disabled={busy || opinion.trim() === (line.writtenOpinion ?? '')}
            >
              {t('rounds.attendance.saveOpinion')}
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}

import { useTranslation } from 'react-i18next';
import { needed, RoundOperation, roundWindow } from '@vinh-danh/shared';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { useRecordAttendance } from '../hooks/useRecordAttendance';
import { inSeatOrder } from '@vinh-danh/shared';
import type { RoundView } from '../types';
import { AttendanceRow } from './AttendanceRow';
import { can } from '../abilities';

/**
 * Who sits in the voting session. The secretary marks each member present or absent while
 * voting is open (a member who has voted is present), and, where the council's rules allow it,
 * copies an absent member's written opinion for the minutes. Everyone following the round sees
 * whether the quorum is there before the chair closes.
 */
export function AttendancePanel({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const recording = useRecordAttendance();
  const editable = can(round, RoundOperation.RECORD_ATTENDANCE);
  const members = round.council.members;
  const rows = round.attendance
    .flatMap((line) => {
      const member = members.find((m) => m.id === line.member.id);
      return member ? [{ line, member }] : [];
    })
    .sort(inSeatOrder((r) => r.member.seat));
  const present = rows.filter((r) => r.line.present).length;
  const quorum = needed(round.council.quorum, rows.length);
  const met = present >= quorum;

  return (
    <section className="panel" data-testid="attendance" aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('rounds.attendance.title')}</h2>
      {editable ? <p className="muted small">{t('rounds.attendance.hint')}</p> : null}
      <p data-testid="attendance-summary">
        {t('rounds.attendance.summary', { present, needed: quorum, members: rows.length })}
      </p>
      {roundWindow(RoundOperation.RECORD_ATTENDANCE, round.state) === 'open' ? (
        <p
          className={met ? 'notice notice--success' : 'notice notice--warning'}
          data-testid="attendance-quorum"
          data-met={met}
        >
          {met ? t('rounds.attendance.quorumMet') : t('rounds.attendance.quorumShort')}
        </p>
      ) : null}
      <ErrorNotice error={recording.error} testId="attendance-error" />
      <ul className="plain-list member-list attendance-list">
        {rows.map(({ line, member }) => (
          <AttendanceRow
            key={member.id}
            member={member}
            line={line}
            editable={editable}
            writtenOpinions={round.council.writtenOpinions}
            busy={recording.loading}
            onMark={(mark) =>
              void recording
                .record(round.id, { memberId: member.id, ...mark })
                .catch(() => undefined)
            }
          />
        ))}
      </ul>
    </section>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORDINARY_SEAT, SEATS, type Seat } from '@vinh-danh/shared';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { TextField } from '../../common/components/Field';
import { useDebouncedValue } from '../../common/hooks/useDebouncedValue';
import { useUsers } from '../../users/hooks/useUsers';

export interface PickedMember {
  userId: string;
  username: string;
  displayName: string;
  seat: Seat;
}

interface Props {
  value: PickedMember[];
  onChange: (members: PickedMember[]) => void;
  error?: string;
}

/**
 * Members chosen by searching people (by name or username, without diacritics), each with a
 * seat. Testids: `council-member-search`, `council-member-option-<username>`,
 * `council-member-<username>` with `-seat` and `-remove`.
 */
export function MemberPicker({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text).trim();
  const { users, loading, error: searchError } = useUsers(null, search);
  const chosen = new Set(value.map((m) => m.userId));
  const choices = search ? users.filter((u) => !chosen.has(u.id)) : [];

  const setSeat = (userId: string, seat: Seat) =>
    onChange(value.map((m) => (m.userId === userId ? { ...m, seat } : m)));

  return (
    <fieldset className="fieldset" data-testid="council-members">
      <legend>{t('councils.create.members')}</legend>
      <p className="field__hint">{t('councils.create.membersHint')}</p>
      {value.length === 0 ? (
        <p className="muted">{t('councils.create.noMembers')}</p>
      ) : (
        <ul className="plain-list member-rows">
          {value.map((m) => (
            <li key={m.userId} className="member-row" data-testid={`council-member-${m.username}`}>
              <span>
                {m.displayName} <span className="muted">({m.username})</span>
              </span>
              <label className="visually-hidden" htmlFor={`${id}-${m.userId}`}>
                {t('councils.members.seat')}
              </label>
              <select
                id={`${id}-${m.userId}`}
                data-testid={`council-member-${m.username}-seat`}
                value={m.seat}
                onChange={(e) => setSeat(m.userId, e.target.value as Seat)}
              >
                {SEATS.map((seat) => (
                  <option key={seat} value={seat}>
                    {t(`councils.seats.${seat}`)}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button button--small button--ghost"
                data-testid={`council-member-${m.username}-remove`}
                onClick={() => onChange(value.filter((x) => x.userId !== m.userId))}
              >
                {t('councils.create.removeMember')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <TextField
        label={t('councils.create.searchMember')}
        type="search"
        autoComplete="off"
        testId="council-member-search"
        value={text}
        onValue={setText}
      />
      <ErrorNotice error={searchError} />
      {search ? (
        <ul className="picker-options">
          {!loading && choices.length === 0 ? (
            <li className="muted">{t('users.noResults')}</li>
          ) : null}
          {choices.map((u) => (
            <li key={u.id}>
              <button
                type="button"
                className="result"
                data-testid={`council-member-option-${u.username}`}
                onClick={() => {
                  onChange([
                    ...value,
                    {
                      userId: u.id,
                      username: u.username,
                      displayName: u.displayName,
                      seat: ORDINARY_SEAT,
                    },
                  ]);
                  setText('');
                }}
              >
                <span className="result__title">{u.displayName}</span>
                <span className="result__meta">
                  {u.username} · {u.unit.name}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p className="field__error" role="alert" data-testid="council-members-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

import type { ReactNode } from 'react';

/** A row of an editable list; `key` tells React the rows apart as they come and go. */
export interface KeyedRow {
  key: number;
}

/** An updater for the rows of an editable list: the row with this key takes the change. */
export const patchRow =
  <R extends KeyedRow>(key: number, change: Partial<R>) =>
  (rows: R[]): R[] =>
    rows.map((r) => (r.key === key ? { ...r, ...change } : r));

/** An updater for the rows of an editable list: the row with this key goes. */
export const dropRow =
  (key: number) =>
  <R extends KeyedRow>(rows: R[]): R[] =>
    rows.filter((r) => r.key !== key);

interface Props<R extends KeyedRow> {
  legend: ReactNode;
  hint?: ReactNode;
  /** the fieldset's data-testid */
  testId?: string;
  rows: R[];
  /** said instead of the rows when there are none */
  empty?: ReactNode;
  /** each row's class: its grid */
  rowClassName: string;
  rowTestId?: (index: number) => string;
  /** a row's controls, before its remove button */
  children: (row: R, index: number) => ReactNode;
  /** after a row's remove button: its error */
  after?: (row: R, index: number) => ReactNode;
  removeLabel: string;
  removeTestId?: (index: number) => string;
  onRemove: (key: number) => void;
  addLabel: string;
  addTestId?: string;
  onAdd: () => void;
  /** after the add button: a total, the list's error */
  footer?: ReactNode;
}

/**
 * The one editable list of the app's forms: a fieldset of rows, each with its controls and a
 * remove button, and an add button below (a campaign's fields and criteria, a model's
 * indicators, a new user's roles).
 */
export function EditableRows<R extends KeyedRow>({
  legend,
  hint,
  testId,
  rows,
  empty,
  rowClassName,
  rowTestId,
  children,
  after,
  removeLabel,
  removeTestId,
  onRemove,
  addLabel,
  addTestId,
  onAdd,
  footer,
}: Props<R>) {
  return (
    <fieldset className="fieldset" data-testid={testId}>
      <legend>{legend}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      {rows.length === 0 && empty ? <p className="muted">{empty}</p> : null}
      {rows.map((row, index) => (
        <div className={rowClassName} key={row.key} data-testid={rowTestId?.(index)}>
          {children(row, index)}
          <button
            type="button"
            className="button button--small button--ghost"
            data-testid={removeTestId?.(index)}
            onClick={() => onRemove(row.key)}
          >
            {removeLabel}
          </button>
          {after?.(row, index)}
        </div>
      ))}
      <button
        type="button"
        className="button button--small"
        data-testid={addTestId}
        onClick={onAdd}
      >
        {addLabel}
      </button>
      {footer}
    </fieldset>
  );
}

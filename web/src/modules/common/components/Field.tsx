import { useId, type ComponentProps, type InputHTMLAttributes, type ReactNode } from 'react';
import { FieldError } from './Notice';
import { NumberInput } from './NumberInput';

/** What a control needs from its field: its id, and the hint and error it is described by. */
export interface FieldControl {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

interface Props {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** names the error for tests: `<testId>-error` */
  testId?: string;
  className?: string;
  /** a landmark, e.g. `search` */
  role?: string;
  children: (control: FieldControl) => ReactNode;
}

/**
 * The one labelled field of the app: label, control, hint and error, wired for screen readers
 * (the label names the control, the hint and the error describe it, an error marks it invalid
 * and is announced).
 */
export function Field({ label, hint, error, testId, className, role, children }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  return (
    <div className={className ? `field ${className}` : 'field'} role={role}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} message={error} testId={testId && `${testId}-error`} />
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

interface ControlProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** the control's data-testid; its error is `<testId>-error` unless `errorTestId` says */
  testId?: string;
  errorTestId?: string;
  /** the field's class, beside `field` */
  fieldClassName?: string;
  role?: string;
}

/** A labelled text input: the field and its input in one, for the forms' plain text. */
export function TextField({
  label,
  hint,
  error,
  testId,
  errorTestId = testId,
  fieldClassName,
  role,
  value,
  onValue,
  ...input
}: ControlProps & InputProps & { value: string; onValue: (value: string) => void }) {
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      testId={errorTestId}
      className={fieldClassName}
      role={role}
    >
      {(control) => (
        <input
          {...control}
          {...input}
          data-testid={testId}
          value={value}
          onChange={(e) => onValue(e.target.value)}
        />
      )}
    </Field>
  );
}

/** A labelled number: the field and its `NumberInput` in one. */
export function NumberField({
  label,
  hint,
  error,
  testId,
  errorTestId = testId,
  fieldClassName,
  role,
  ...input
}: ControlProps & Omit<ComponentProps<typeof NumberInput>, 'id'>) {
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      testId={errorTestId}
      className={fieldClassName}
      role={role}
    >
      {(control) => <NumberInput {...control} {...input} data-testid={testId} />}
    </Field>
  );
}

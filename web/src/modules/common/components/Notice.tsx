import type { ReactNode } from 'react';

export function SuccessNotice({ children }: { children: ReactNode }) {
  return (
    <p className="notice notice--success" role="status" data-testid="success">
      {children}
    </p>
  );
}

/** A field's error, announced when it appears; `testId` names it for tests. */
export function FieldError({
  id,
  message,
  testId,
}: {
  id?: string;
  message?: string | null;
  testId?: string;
}) {
  if (!message) return null;
  return (
    <p className="field__error" id={id} role="alert" data-testid={testId}>
      {message}
    </p>
  );
}

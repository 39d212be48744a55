import type { ReactNode } from 'react';

export function SuccessNotice({ children }: { children: ReactNode }) {
  return (
    <p className="notice notice--success" role="status" data-testid="success">
      {children}
    </p>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p className="field__error" id={id} role="alert">
      {message}
    </p>
  );
}

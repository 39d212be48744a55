import { hash, verify } from '@node-rs/argon2';

/** Argon2id with the library's defaults (memory-hard; about 20 ms a hash here). */
export const hashPassword = (password: string): Promise<string> => hash(password);

export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> =>
  verify(passwordHash, password).catch(() => false);

/**
 * A hash of nothing in particular: when the username does not exist we still verify against it,
 * so the response time does not tell whether an account exists.
 */
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> => (decoy ??= hash('not-a-real-password'));

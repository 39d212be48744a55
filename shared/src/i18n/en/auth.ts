/** Signing in. */
import type { Messages } from '../vi';

export const login: Messages['login'] = {
  title: 'Sign in',
  intro: 'Running the “Skilful mass mobilisation” emulation movement.',
  username: 'Username',
  password: 'Password',
  submit: 'Sign in',
  submitting: 'Signing in…',
};

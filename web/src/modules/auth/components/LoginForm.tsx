import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { TextField } from '../../common/components/Field';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { useLogin } from '../hooks/useLogin';

export function LoginForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { login, loading, error } = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await login(username.trim(), password);
      await navigate('/', { replace: true });
    } catch {
      // `error` from useLogin shows the translated reason.
    }
  };

  return (
    <form className="form" data-testid="login-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <ErrorNotice error={error} testId="login-error" />
      <TextField
        label={t('login.username')}
        name="username"
        testId="login-username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={username}
        onValue={setUsername}
      />
      <TextField
        label={t('login.password')}
        name="password"
        type="password"
        testId="login-password"
        autoComplete="current-password"
        required
        value={password}
        onValue={setPassword}
      />
      <button
        type="submit"
        className="button button--primary"
        data-testid="login-submit"
        disabled={loading || !username.trim() || !password}
      >
        {loading ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  );
}

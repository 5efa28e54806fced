import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { errorMessage } from '../../api/client';
import { fetchMe, login } from '../../api/endpoints';
import { LanguageSwitch } from '../../ui/language-switch';
import { PageSpin } from '../../ui/page-spin';
import { meKey, useMe } from './use-me';
import { useSwitchLocale } from './use-switch-locale';

interface LoginForm {
  username: string;
  password: string;
}

/** Sign-in with user name and password; returns to the page the user came from. */
export function LoginPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const switchLocale = useSwitchLocale();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? '/accounts';

  if (me.isPending) return <PageSpin />;
  if (me.data) return <Navigate to={from} replace />;

  const submit = async (values: LoginForm) => {
    setBusy(true);
    setError(null);
    try {
      await login(values.username, values.password);
      // Other users' cached data must never show after a new sign-in.
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
      // staleTime 0: the cached "signed out" answer must not stand in for the new session.
      await qc.fetchQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 0 });
      navigate(from, { replace: true });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, background: 'linear-gradient(160deg, #1f4e8c 0%, #3b7dd8 55%, #f3f5f8 55%)' }}>
      <Card style={{ width: '100%', maxWidth: 380 }} data-testid="login-card">
        <Flex justify="space-between" align="start">
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
          </div>
          <LanguageSwitch value={i18n.language === 'en' ? 'en' : 'zh-CN'} onChange={(l) => void switchLocale(l)} />
        </Flex>
        <Form<LoginForm> name="login" layout="vertical" style={{ marginTop: 24 }} onFinish={(v) => void submit(v)} requiredMark={false}>
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('login.required', { field: t('login.username') }) }]}>
            <Input autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.required', { field: t('login.password') }) }]}>
            <Input.Password autoComplete="current-password" size="large" />
          </Form.Item>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}

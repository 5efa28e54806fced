import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { i18n, storeLocale } from '../../i18n';
import { ErrorPanel } from '../../ui/error-panel';
import { PageSpin } from '../../ui/page-spin';
import { useMe } from './use-me';

/** Renders its children only for a signed-in user; otherwise sends them to /login and back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const userLocale = me.data?.locale;
  // The language saved on the user wins over the one remembered in this browser.
  useEffect(() => {
    if (userLocale && userLocale !== i18n.language) {
      storeLocale(userLocale);
      void i18n.changeLanguage(userLocale);
    }
  }, [userLocale]);
  if (me.isPending) return <PageSpin />;
  if (me.isError) return <ErrorPanel error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

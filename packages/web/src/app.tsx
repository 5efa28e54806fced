import { useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { ApiError, onUnauthorized } from './api/client';
import { i18n } from './i18n';
import { LocaleProvider } from './ui/locale-provider';
import { AppRoutes } from './routes';

function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A coded answer from the server will not change on retry; only network failures are retried.
        retry: (count, err) => count < 2 && err instanceof ApiError && err.code === 'NETWORK',
      },
    },
  });
}

/** The whole app: data cache, language, router. */
export function App() {
  const [queryClient] = useState(() => {
    const qc = createQueryClient();
    // A lost session anywhere sends the user back to the login page (the route guard watches `me`).
    onUnauthorized(() => {
      qc.setQueryData(['me'], null);
    });
    return qc;
  });
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <LocaleProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </LocaleProvider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}

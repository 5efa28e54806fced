import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import type { Locale, Me } from '@qudao/contract';
import { errorMessage } from '../../api/client';
import { patchMe } from '../../api/endpoints';
import { i18n, storeLocale } from '../../i18n';
import { meKey } from './use-me';

/** Switches the UI language; remembered in the browser and, when signed in, on the user (PATCH /api/me). */
export function useSwitchLocale() {
  const qc = useQueryClient();
  const { message } = App.useApp();
  return async (locale: Locale) => {
    storeLocale(locale);
    await i18n.changeLanguage(locale);
    const me = qc.getQueryData<Me | null>(meKey);
    if (!me) return;
    try {
      const updated = await patchMe(locale);
      const next: Me = { ...me, ...updated, locale };
      qc.setQueryData(meKey, next);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };
}

import { useEffect, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
import { setApiLocale } from '../api/client';
import { currentLocale } from '../i18n';

const theme = {
  token: {
    colorPrimary: '#1f4e8c',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Helvetica Neue', Arial, sans-serif",
  },
};

/** Keeps antd, dayjs, the API client and <html lang> in the language i18next speaks. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const { i18n, t } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  // Set synchronously so the very first requests already carry the right Accept-Language.
  setApiLocale(currentLocale(), t('app.networkError'));
  useEffect(() => {
    dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
    document.documentElement.lang = locale;
    document.title = t('app.fullName');
  }, [locale, t]);
  return (
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

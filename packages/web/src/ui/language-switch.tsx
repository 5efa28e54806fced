import { Segmented } from 'antd';
import type { Locale } from '@qudao/contract';

const options: { label: string; value: Locale }[] = [
  { label: '中文', value: 'zh-CN' },
  { label: 'English', value: 'en' },
];

/** 中文 / English toggle; each language is named in itself so anyone can find theirs. */
export function LanguageSwitch({ value, onChange, size }: { value: Locale; onChange: (l: Locale) => void; size?: 'small' | 'middle' }) {
  return <Segmented<Locale> size={size ?? 'small'} options={options} value={value} onChange={onChange} data-testid="language-switch" />;
}

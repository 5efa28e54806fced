import { Tag } from 'antd';
import type { AccountKind, AccountStatus } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { kindColors, statusTagColors } from './kind-style';

/** The account kind as a coloured tag (经销商 / 二级经销商 / 最终用户). */
export function KindTag({ kind }: { kind: AccountKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={kindColors[kind]} style={{ marginInlineEnd: 0 }}>
      {t(`kind.${kind}`)}
    </Tag>
  );
}

/** The account status as a tag. */
export function StatusTag({ status }: { status: AccountStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusTagColors[status]} style={{ marginInlineEnd: 0 }}>
      {t(`status.${status}`)}
    </Tag>
  );
}

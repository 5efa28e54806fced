import { Card, Checkbox, Flex, Typography } from 'antd';
import { accountKinds, type AccountKind, type AccountPoint } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { kindColors } from '../../ui/kind-style';

interface Props {
  points: AccountPoint[];
  visible: ReadonlySet<AccountKind>;
  onToggle: (kind: AccountKind, on: boolean) => void;
}

/** Colour key of the map with a count per kind; unticking a kind hides its markers. */
export function MapLegend({ points, visible, onToggle }: Props) {
  const { t } = useTranslation();
  const count = (k: AccountKind) => points.filter((p) => p.kind === k).length;
  return (
    <Card size="small" style={{ position: 'absolute', top: 10, right: 10, zIndex: 1000, minWidth: 150, opacity: 0.95 }} data-testid="map-legend">
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="map-count" data-count={points.length}>
        {t('map.points', { count: points.length })}
      </Typography.Text>
      <Flex vertical gap={2} style={{ marginTop: 4 }}>
        {accountKinds.map((k) => (
          <Checkbox key={k} checked={visible.has(k)} onChange={(e) => onToggle(k, e.target.checked)}>
            <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 5, background: kindColors[k], marginInlineEnd: 6 }} />
            {t(`kind.${k}`)} <Typography.Text type="secondary">{count(k)}</Typography.Text>
          </Checkbox>
        ))}
      </Flex>
    </Card>
  );
}

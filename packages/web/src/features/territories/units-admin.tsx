import { useState } from 'react';
import { Alert, Button, Card, Input, List, Select, Space, Typography, Upload } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { WorkloadReport } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { changeAdjacency, fetchAdjacency, importUnits } from './api';

/** HQ: the neighbours of a unit (remove one, add one) and a GeoJSON import of counties or custom units (R1.1). */
export function UnitsAdmin({ report }: { report: WorkloadReport }) {
  const { t } = useTranslation('territories');
  const qc = useQueryClient();
  const names = new Map(report.units.map((u) => [u.unitId, u.name]));
  const [unit, setUnit] = useState<string | null>(null);
  const [other, setOther] = useState<string | null>(null);
  const [parentId, setParentId] = useState('');
  const [level, setLevel] = useState<'county' | 'custom'>('county');
  const pairs = useQuery({ queryKey: ['territory-design', 'adjacency', unit], queryFn: () => fetchAdjacency(unit!), enabled: unit !== null });
  const change = useMutation({
    mutationFn: ({ a, b, remove }: { a: string; b: string; remove: boolean }) => changeAdjacency(a, b, remove),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['territory-design'] }),
  });
  const upload = useMutation({
    mutationFn: async (file: File) => {
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch {
        throw new Error(t('notJson'));
      }
      return importUnits(level, parentId.trim() || undefined, json);
    },
  });
  const options = report.units.map((u) => ({ value: u.unitId, label: u.name }));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card size="small" title={t('neighbours')}>
        <Space wrap>
          <Select showSearch style={{ minWidth: 180 }} value={unit} onChange={setUnit} optionFilterProp="label" options={options} />
          <Select showSearch style={{ minWidth: 180 }} value={other} onChange={setOther} optionFilterProp="label" options={options} />
          <Button disabled={!unit || !other} onClick={() => change.mutate({ a: unit!, b: other!, remove: false })}>{t('addNeighbour')}</Button>
        </Space>
        {change.error ? <Alert type="error" showIcon title={errorMessage(change.error)} /> : null}
        <List size="small" dataSource={pairs.data?.items ?? []} renderItem={(p) => {
          const n = p.unitA === unit ? p.unitB : p.unitA;
          return (
            <List.Item actions={[<Button key="rm" size="small" danger onClick={() => change.mutate({ a: p.unitA, b: p.unitB, remove: true })}>{t('removeNeighbour')}</Button>]}>
              {names.get(n) ?? n} {p.borderKm !== null ? `· ${p.borderKm.toFixed(0)} km` : ''} · {t(`source.${p.source}`)}
            </List.Item>
          );
        }} />
      </Card>
      <Card size="small" title={t('importTitle')}>
        <Typography.Paragraph type="secondary">{t('importHint')}</Typography.Paragraph>
        <Space wrap>
          <Select value={level} onChange={setLevel} options={[{ value: 'county', label: t('level.county') }, { value: 'custom', label: t('level.custom') }]} />
          <Input style={{ width: 200 }} placeholder={t('parentId')} value={parentId} onChange={(e) => setParentId(e.target.value)} />
          <Upload accept=".json,.geojson" showUploadList={false} beforeUpload={(file) => { upload.mutate(file); return false; }}>
            <Button loading={upload.isPending}>{t('chooseGeoJson')}</Button>
          </Upload>
        </Space>
        {upload.error ? <Alert style={{ marginTop: 8 }} type="error" showIcon title={errorMessage(upload.error)} data-testid="import-error" /> : null}
        {upload.data ? <Alert style={{ marginTop: 8 }} type="success" showIcon title={t('imported', { n: upload.data.imported, pairs: upload.data.adjacencyPairs })} /> : null}
      </Card>
    </Space>
  );
}

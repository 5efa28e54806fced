import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import type { VisitBriefView } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { makeUuid } from '../../api/client';
import { enqueue, type OutboxEntry } from './outbox';
import { photoToBase64 } from './photo';
import { formKinds, itemBody, ItemFields, type FormKind } from './item-fields';
import { ComplaintOutcomeText } from './complaint-fields';

/** A photo chooser that queues the upload with a client-made id; calls back with that id. */
function PhotoButton({ visitId, kind, label, onQueued }: { visitId: string; kind: 'storefront' | 'statement'; label: string; onQueued?: (id: string) => void }) {
  return (
    <label className="ant-btn ant-btn-default" style={{ display: 'inline-flex', alignItems: 'center', padding: '4px 12px', cursor: 'pointer' }}>
      📷 {label}
      <input
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        data-testid={`photo-${kind}`}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          const id = makeUuid();
          await enqueue(visitId, 'POST', `/visits/${visitId}/photos`, { id, kind, dataBase64: await photoToBase64(file) });
          onQueued?.(id);
          e.target.value = '';
        }}
      />
    </label>
  );
}

/** Structured communication items, photos and new promises of a visit in progress (R3.2–R3.5). */
export function ItemsCard({ brief, pending }: { brief: VisitBriefView; pending: OutboxEntry[] }) {
  const { t } = useTranslation('visits');
  const [kind, setKind] = useState<FormKind>('machine_problem');
  const [statementPhotoId, setStatementPhotoId] = useState<string | null>(null);
  const [form] = Form.useForm();
  const [promiseForm] = Form.useForm();
  const v = brief.visit;
  const active = v.status === 'in_progress' || (!!pending.find((e) => e.path.endsWith('/check-in')) && v.status !== 'done');
  const queuedItems = pending.filter((e) => e.path.endsWith('/items')).map((e) => e.body as { kind: string });
  const queuedPhotos = pending.filter((e) => e.path.endsWith('/photos')).length;
  const add = (values: Record<string, unknown>) => {
    void enqueue(v.id, 'POST', `/visits/${v.id}/items`, { id: makeUuid(), ...itemBody(kind, values, statementPhotoId) });
    form.resetFields();
  };
  const addPromise = (values: { what: string; toWhom: string; dueOn?: { format(f: string): string } }) => {
    void enqueue(v.id, 'POST', `/visits/${v.id}/promises`, { id: makeUuid(), what: values.what, toWhom: values.toWhom, dueOn: values.dueOn ? values.dueOn.format('YYYY-MM-DD') : null });
    promiseForm.resetFields();
  };
  return (
    <Card size="small" title={t('items')}>
      <List
        size="small"
        dataSource={[...brief.items.map((i) => ({ key: i.id, kind: i.kind, data: i.data, queued: false, ticket: !!i.ticketId && i.kind !== 'complaint_outcome', alert: !!i.alertId })), ...queuedItems.map((i, n) => ({ key: `q${n}`, kind: i.kind, data: i as Record<string, unknown>, queued: true, ticket: false, alert: false }))]}
        renderItem={(i) => (
          <List.Item data-testid="visit-item">
            {t(`itemKinds.${i.kind as FormKind}`)} {i.queued && <Tag color="blue">{t('queued')}</Tag>}
            {i.ticket && <Tag color="orange">{t('ticket')}</Tag>} {i.alert && <Tag color="red">{t('alert')}</Tag>}
            {i.kind === 'complaint_outcome' && <ComplaintOutcomeText data={i.data} />}
            {i.kind === 'order' && typeof i.data.bookedForAccountId === 'string' && <Tag color="purple" data-testid="booked-for-distributor">{t('bookedForDistributor')}</Tag>}
          </List.Item>
        )}
      />
      <Typography.Text type="secondary" data-testid="photo-count">{t('photos')}: {brief.photos.length + queuedPhotos}</Typography.Text>
      <Space wrap style={{ display: 'flex', marginTop: 4 }}>
        {brief.photos.map((p) => <img key={p.id} src={`/api/photos/${p.id}`} alt={p.kind} style={{ height: 64, borderRadius: 4 }} data-testid="visit-photo" />)}
      </Space>
      {active && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
          <PhotoButton visitId={v.id} kind="storefront" label={t('storefrontPhoto')} />
          <Select style={{ width: '100%' }} value={kind} onChange={setKind} data-testid="item-kind" options={formKinds.map((k) => ({ value: k, label: t(`itemKinds.${k}`) }))} />
          {kind === 'reconciliation' && (
            <Space>
              <PhotoButton visitId={v.id} kind="statement" label={t('statementPhoto')} onQueued={setStatementPhotoId} />
              {statementPhotoId && <Tag color="green" data-testid="statement-ready">✓</Tag>}
            </Space>
          )}
          <Form form={form} layout="vertical" onFinish={add} key={kind}>
            <ItemFields kind={kind} brief={brief} />
            <Button htmlType="submit" type="primary" disabled={kind === 'reconciliation' && !statementPhotoId} data-testid="item-add">{t('add')}</Button>
          </Form>
          <Card size="small" title={t('promiseNew')}>
            <Form form={promiseForm} layout="vertical" onFinish={addPromise}>
              <Form.Item name="what" label={t('what')}><Input data-testid="promise-what" /></Form.Item>
              <Form.Item name="toWhom" label={t('toWhom')}><Input data-testid="promise-to" /></Form.Item>
              <Form.Item name="dueOn" label={t('dueOn')}><DatePicker data-testid="promise-due" /></Form.Item>
              <Button htmlType="submit" data-testid="promise-add">{t('add')}</Button>
            </Form>
          </Card>
        </Space>
      )}
    </Card>
  );
}

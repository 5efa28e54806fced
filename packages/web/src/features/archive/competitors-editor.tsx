import { Button, DatePicker, Flex, Form, Input, InputNumber, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccountArchive } from '@qudao/contract';
import { addCompetitor, addOrderOutcome, deleteCompetitor, deleteOrderOutcome } from './api';
import { useArchiveWrite } from './use-archive-write';

const yuan = (fen: number | null) => (fen === null ? '—' : `¥${(fen / 100).toLocaleString()}`);

/** Competitors the customer deals with and where each order went (R5.3), with add and delete. */
export function CompetitorsEditor({ archive }: { archive: AccountArchive }) {
  const { t } = useTranslation('archive');
  const id = archive.accountId;
  const [cForm] = Form.useForm();
  const [oForm] = Form.useForm();
  const addC = useArchiveWrite(id, (v: { brand: string; models?: string; priceNote?: string; relation?: string }) => addCompetitor(id, v), () => cForm.resetFields());
  const delC = useArchiveWrite(id, (cid: string) => deleteCompetitor(cid));
  const addO = useArchiveWrite(id, (v: Parameters<typeof addOrderOutcome>[1]) => addOrderOutcome(id, v), () => oForm.resetFields());
  const delO = useArchiveWrite(id, (oid: string) => deleteOrderOutcome(oid));
  return (
    <Flex vertical gap={8}>
      <Typography.Text strong>{t('competitorList')}</Typography.Text>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: true }}
        dataSource={archive.competitors}
        columns={[
          { title: t('brand'), dataIndex: 'brand' },
          { title: t('models'), dataIndex: 'models' },
          { title: t('priceNote'), dataIndex: 'priceNote' },
          { title: t('relation'), dataIndex: 'relation' },
          { key: 'x', render: (_: unknown, c: { id: string }) => <Popconfirm title={t('delete')} onConfirm={() => delC.mutate(c.id)}><Button size="small" type="link" danger>{t('delete')}</Button></Popconfirm> },
        ]}
      />
      <Form form={cForm} layout="inline" size="small" onFinish={(v: { brand: string }) => addC.mutate(v)}>
        <Form.Item name="brand" rules={[{ required: true }]}><Input placeholder={t('brand')} maxLength={100} /></Form.Item>
        <Form.Item name="models"><Input placeholder={t('models')} maxLength={300} /></Form.Item>
        <Form.Item name="priceNote"><Input placeholder={t('priceNote')} maxLength={300} /></Form.Item>
        <Button htmlType="submit" loading={addC.isPending}>{t('add')}</Button>
      </Form>
      <Typography.Text strong>{t('outcomes')}</Typography.Text>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: true }}
        dataSource={archive.orderOutcomes}
        columns={[
          { title: t('date'), dataIndex: 'date' },
          { key: 'o', render: (_: unknown, o: AccountArchive['orderOutcomes'][number]) => <Tag color={o.outcome === 'won' ? 'green' : 'red'}>{t(`outcome.${o.outcome}`)}{o.competitorBrand ? ` · ${t('lostTo')} ${o.competitorBrand}` : ''}</Tag> },
          { title: t('model'), dataIndex: 'model' },
          { title: t('price'), dataIndex: 'priceFen', render: (v: number | null) => yuan(v) },
          { title: t('reason'), dataIndex: 'reason' },
          { key: 'x', render: (_: unknown, o: { id: string }) => <Popconfirm title={t('delete')} onConfirm={() => delO.mutate(o.id)}><Button size="small" type="link" danger>{t('delete')}</Button></Popconfirm> },
        ]}
      />
      <Form
        form={oForm}
        layout="inline"
        size="small"
        initialValues={{ outcome: 'lost' }}
        onFinish={(v: { date: { format: (f: string) => string }; outcome: 'won' | 'lost'; competitorBrand?: string; model?: string; price?: number; reason?: string }) =>
          addO.mutate({ date: v.date.format('YYYY-MM-DD'), outcome: v.outcome, competitorBrand: v.competitorBrand, model: v.model, priceFen: v.price === undefined || v.price === null ? null : Math.round(v.price * 100), reason: v.reason })
        }
      >
        <Form.Item name="date" rules={[{ required: true }]}><DatePicker placeholder={t('date')} /></Form.Item>
        <Form.Item name="outcome"><Select style={{ width: 90 }} options={(['won', 'lost'] as const).map((o) => ({ value: o, label: t(`outcome.${o}`) }))} /></Form.Item>
        <Form.Item name="competitorBrand"><Input placeholder={`${t('lostTo')} ${t('brand')}`} maxLength={100} /></Form.Item>
        <Form.Item name="model"><Input placeholder={t('model')} maxLength={100} /></Form.Item>
        <Form.Item name="price"><InputNumber placeholder={t('price')} min={0} /></Form.Item>
        <Form.Item name="reason"><Input placeholder={t('reason')} maxLength={500} /></Form.Item>
        <Button htmlType="submit" loading={addO.isPending}>{t('add')}</Button>
      </Form>
    </Flex>
  );
}

import { useState } from 'react';
import { Alert, Button, Card, Segmented, Space, Steps, Table, Typography, Upload } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ImportEntity, ImportReport } from '@qudao/contract';
import { errorMessage } from '../../api/client';
import { exportUrl, templateUrl, uploadImport } from './api';

const entities: ImportEntity[] = ['accounts', 'contacts', 'sales', 'targets', 'installations'];

function ErrorTable({ errors }: { errors: ImportReport['errors'] }) {
  const { t } = useTranslation('imports');
  return (
    <Table
      size="small" rowKey={(e) => `${e.row}-${e.column}`} dataSource={errors} pagination={{ pageSize: 50, hideOnSinglePage: true }} data-testid="import-errors"
      title={() => t('errors', { count: errors.length })} locale={{ emptyText: t('noErrors') }}
      columns={[
        { title: t('row'), dataIndex: 'row', width: 70 },
        { title: t('column'), dataIndex: 'column', width: 140 },
        { title: t('reason'), dataIndex: 'reason' },
      ]}
    />
  );
}

/** The import wizard: choose data, download the template, upload for a dry run, then commit all or nothing. */
export function ImportWizard() {
  const { t } = useTranslation('imports');
  const [entity, setEntity] = useState<ImportEntity>('accounts');
  const [file, setFile] = useState<File | null>(null);
  const check = useMutation({ mutationFn: (f: File) => uploadImport(entity, f, true) });
  const commit = useMutation({ mutationFn: (f: File) => uploadImport(entity, f, false) });
  const dry = check.data;
  const step = commit.data ? 2 : dry ? 1 : 0;
  const reset = () => {
    setFile(null);
    check.reset();
    commit.reset();
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>{t('title')}</Typography.Title>
      <Steps size="small" current={step} items={[{ title: t('step1') }, { title: t('step2') }, { title: t('step3') }]} />
      <Card size="small">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Segmented<ImportEntity> value={entity} onChange={(e) => { setEntity(e); reset(); }} options={entities.map((e) => ({ value: e, label: t(`entity.${e}`) }))} />
          <Space wrap>
            <Button href={templateUrl(entity, 'xlsx')}>{t('template')} (XLSX)</Button>
            <Button href={templateUrl(entity, 'csv')}>{t('template')} (CSV)</Button>
            <Button href={exportUrl(entity, 'xlsx')}>{t('export')} (XLSX)</Button>
            <Button href={exportUrl(entity, 'csv')}>{t('export')} (CSV)</Button>
          </Space>
          <Typography.Text type="secondary">{t('limits')} {t('atomic')}</Typography.Text>
          <Upload
            accept=".xlsx,.csv" maxCount={1} showUploadList={false}
            beforeUpload={(f) => {
              setFile(f);
              commit.reset();
              check.mutate(f);
              return false;
            }}
          >
            <Button type="primary" loading={check.isPending} data-testid="choose-file">{t('chooseFile')}</Button>
          </Upload>
          {file && <Typography.Text>{file.name}</Typography.Text>}
        </Space>
      </Card>
      {check.isError && <Alert type="error" showIcon message={errorMessage(check.error)} />}
      {dry && !commit.data && (
        <Card size="small">
          <Space direction="vertical" style={{ width: '100%' }}>
            <Alert type={dry.errors.length ? 'warning' : 'info'} showIcon message={t('report', { rows: dry.rowCount, valid: dry.validCount, created: dry.created, updated: dry.updated, unchanged: dry.unchanged })} />
            {dry.errors.length > 0 && <ErrorTable errors={dry.errors} />}
            {dry.errors.length > 0 ? (
              <Alert type="error" message={t('commitBlocked')} />
            ) : (
              <Button type="primary" loading={commit.isPending} onClick={() => file && commit.mutate(file)} data-testid="commit-import">{t('commit')}</Button>
            )}
            {commit.isError && <Alert type="error" showIcon message={errorMessage(commit.error)} />}
          </Space>
        </Card>
      )}
      {commit.data && (
        <Alert
          type="success" showIcon message={t('committed', { created: commit.data.created, updated: commit.data.updated, unchanged: commit.data.unchanged }) + (commit.data.alerts ? t('alerts', { count: commit.data.alerts }) : '')}
          action={<Button onClick={reset}>{t('again')}</Button>}
        />
      )}
    </Space>
  );
}

import { Button, Card, Col, Flex, Result, Row, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { fetchAccount } from '../../api/endpoints';
import { KindTag, StatusTag } from '../../ui/account-tags';
import { ErrorPanel } from '../../ui/error-panel';
import { PageSpin } from '../../ui/page-spin';
import { AccountDetails } from './account-details';
import { accountKey } from './query-keys';
import { AccountMiniMap } from './account-mini-map';
import { AuditTimeline } from './audit-timeline';
import { ContactsCard } from './contacts-card';
import { SalesCard } from './sales-chart';
import { ArchiveCard } from '../archive/archive-card';
import { TargetsCard } from '../archive/targets-card';
import { ClassCard } from '../classes/class-card';
import { TierCard } from '../tiers/tier-card';
import { RecognitionsCard } from '../meetings/recognitions-card';
import { DownlineCard } from '../visits/downline-card';

// Back to the list with its filters when we came from it; to the plain list when opened directly.
function goBack(navigate: ReturnType<typeof useNavigate>) {
  const idx = (window.history.state as { idx?: number } | null)?.idx ?? 0;
  if (idx > 0) void navigate(-1);
  else void navigate('/accounts');
}

/** One account: basic data, contacts, location, monthly sales and change history. */
export function AccountPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useParams().id ?? '';
  const q = useQuery({ queryKey: accountKey(id), queryFn: () => fetchAccount(id) });
  if (q.isPending) return <PageSpin />;
  // Out of scope answers exactly like missing (server rule), so both read as "not found" here.
  if (q.error instanceof ApiError && q.error.code === 'NOT_FOUND') {
    return <Result status="404" title={q.error.message} extra={<Button type="primary" onClick={() => navigate('/accounts')}>{t('account.back')}</Button>} />;
  }
  if (q.isError) return <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />;
  const account = q.data;
  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Button type="link" style={{ paddingInline: 0 }} onClick={() => goBack(navigate)}>
          ← {t('account.back')}
        </Button>
        <Flex wrap align="center" gap={8}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="account-name">
            {account.name}
          </Typography.Title>
          <Space size={4}>
            <KindTag kind={account.kind} />
            <StatusTag status={account.status} />
          </Space>
        </Flex>
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={14}>
          <Flex vertical gap={12}>
            <AccountDetails account={account} />
            <ContactsCard accountId={account.id} />
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('account.map')}>
            <AccountMiniMap account={account} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <SalesCard accountId={account.id} />
        </Col>
        <Col xs={24} lg={10}>
          <AuditTimeline accountId={account.id} />
        </Col>
        <Col xs={24} lg={14}>
          <ArchiveCard accountId={account.id} />
        </Col>
        <Col xs={24} lg={10}>
          <TargetsCard accountId={account.id} />
        </Col>
        <Col xs={24} lg={14}>
          <ClassCard accountId={account.id} />
        </Col>
        <Col xs={24} lg={10}>
          <TierCard accountId={account.id} kind={account.kind} />
        </Col>
        {account.kind === 'distributor' && (
          <Col xs={24} lg={14}>
            <RecognitionsCard accountId={account.id} />
          </Col>
        )}
        {account.kind === 'distributor' && (
          <Col xs={24} lg={10}>
            <DownlineCard accountId={account.id} />
          </Col>
        )}
      </Row>
    </Flex>
  );
}

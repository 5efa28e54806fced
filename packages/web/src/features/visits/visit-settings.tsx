import { Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '../../ui/error-panel';
import { fetchVisitSettings, visitSettingsKey } from './api';
import { RulesSettings } from './rules-settings';
import { ToolsSettings } from './tools-settings';

/** HQ's visit settings: the effective-visit rule per account kind and the sales-tools checklist. */
export function VisitSettingsPanel() {
  const q = useQuery({ queryKey: visitSettingsKey, queryFn: fetchVisitSettings });
  if (q.isError) return <ErrorPanel error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return null;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <RulesSettings rules={q.data.rules} />
      <ToolsSettings tools={q.data.tools} />
    </Space>
  );
}

import { useState } from 'react';
import { Button, Card, Checkbox, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Meeting } from '@qudao/contract';
import { setAttendance } from './api';
import { useMeetingWrite } from './use-meeting-write';

/** Invitees with their attendance; HQ ticks who came and saves. */
export function InviteesCard({ meeting, canEdit }: { meeting: Meeting; canEdit: boolean }) {
  const { t } = useTranslation('meetings');
  const [marks, setMarks] = useState<Record<string, boolean>>({});
  const save = useMeetingWrite(meeting.id, () => setAttendance(meeting.id, meeting.invitees.map((i) => ({ accountId: i.accountId, attended: marks[i.accountId] ?? i.attended ?? false }))), () => setMarks({}));
  const attended = meeting.invitees.filter((i) => marks[i.accountId] ?? i.attended).length;
  return (
    <Card
      size="small" title={`${t('invitees')} · ${t('attendedCount', { attended, invited: meeting.invitees.length })}`} data-testid="invitees-card"
      extra={canEdit && meeting.invitees.length > 0 ? <Button size="small" type="primary" loading={save.isPending} onClick={() => save.mutate(undefined)} data-testid="attendance-save">{t('saveAttendance')}</Button> : null}
    >
      <List
        size="small" dataSource={meeting.invitees} style={{ maxHeight: 360, overflow: 'auto' }}
        renderItem={(i) => (
          <List.Item data-testid="invitee">
            <Link to={`/accounts/${i.accountId}`}>{i.name}</Link>
            <Checkbox
              disabled={!canEdit} checked={marks[i.accountId] ?? i.attended ?? false} data-testid={`attended-${i.accountId}`}
              onChange={(e) => setMarks((m) => ({ ...m, [i.accountId]: e.target.checked }))}
            >
              {t('attended')}
            </Checkbox>
          </List.Item>
        )}
      />
    </Card>
  );
}

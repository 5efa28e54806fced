import { useState } from 'react';
import { Button, Card, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '@qudao/contract';
import { patchMeeting } from './api';
import { useMeetingWrite } from './use-meeting-write';

/** The minutes of a meeting; HQ writes them. */
export function MinutesCard({ meeting, canEdit }: { meeting: Meeting; canEdit: boolean }) {
  const { t } = useTranslation('meetings');
  const [text, setText] = useState<string | null>(null);
  const save = useMeetingWrite(meeting.id, (minutes: string) => patchMeeting(meeting.id, { minutes }), () => setText(null));
  const value = text ?? meeting.minutes ?? '';
  return (
    <Card
      size="small" title={t('minutes')} data-testid="minutes-card"
      extra={canEdit ? <Button size="small" disabled={text === null} loading={save.isPending} onClick={() => save.mutate(value)} data-testid="minutes-save">{t('saveMinutes')}</Button> : null}
    >
      {canEdit ? (
        <Input.TextArea value={value} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 4 }} maxLength={20_000} data-testid="minutes" />
      ) : (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{value || '—'}</Typography.Paragraph>
      )}
    </Card>
  );
}

import { useState } from 'react';
import { Checkbox, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeetingAction } from '@qudao/contract';

/**
 * One follow-up action: title, owner, due date, who closed it with what note. `canMark` (the owner, the
 * owner's manager, HQ) enables the tick; ticking asks for the note, unticking reopens it.
 */
export function ActionItem({ action, canMark, busy, onMark }: { action: MeetingAction; canMark: boolean; busy: boolean; onMark: (done: boolean, note?: string) => void }) {
  const { t } = useTranslation('meetings');
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  const today = new Date().toISOString().slice(0, 10);
  const a = action;
  return (
    <List.Item data-testid="action">
      <Space direction="vertical" size={0}>
        <Typography.Text delete={!!a.doneAt}>{a.title}</Typography.Text>
        <Typography.Text type="secondary">
          {`${t('owner')}: ${a.ownerName} · ${t('dueOn')}: ${a.dueOn}`} {!a.doneAt && a.dueOn < today && <Tag color="red">{t('overdue')}</Tag>}
        </Typography.Text>
        {a.doneAt && a.doneNote && (
          <Typography.Text type="secondary" data-testid="action-note">{t('doneNoteBy', { name: a.doneByName ?? '', note: a.doneNote, date: a.doneAt.slice(0, 10) })}</Typography.Text>
        )}
      </Space>
      <Checkbox checked={!!a.doneAt} disabled={!canMark || busy} onChange={(e) => (e.target.checked ? setAsking(true) : onMark(false))} data-testid={`action-done-${a.id}`}>
        {t('done')}
      </Checkbox>
      <Modal
        open={asking} title={t('markDone')} okText={t('save')} cancelText={t('cancel')} okButtonProps={{ disabled: note.trim() === '' }}
        onCancel={() => setAsking(false)}
        onOk={() => {
          onMark(true, note.trim());
          setAsking(false);
          setNote('');
        }}
      >
        <Input.TextArea value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} autoSize={{ minRows: 2 }} placeholder={t('doneNoteHint')} data-testid="action-note-input" />
      </Modal>
    </List.Item>
  );
}

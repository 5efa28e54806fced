import { App, Form, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DumpingDecision } from '@qudao/contract';
import { errorMessage } from '../../api/client';
import { dumpingKey, postStep } from './api';

const titles = { confirmed: 'confirm', dismissed: 'dismiss', action: 'action' } as const;
const notes = { confirmed: 'noteConfirm', dismissed: 'noteDismiss', action: 'noteAction' } as const;

/** The next step of a case with its note (grounds, reason or action taken). */
export function StepModal({ caseId, step, onClose }: { caseId: string; step: DumpingDecision['step']; onClose: () => void }) {
  const { t } = useTranslation('dumping');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ note: string }>();
  const save = useMutation({
    mutationFn: (note: string) => postStep(caseId, { step, note: note.trim() }),
    onSuccess: () => {
      void message.success(t('done'));
      void qc.invalidateQueries({ queryKey: dumpingKey });
      onClose();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  return (
    <Modal open title={t(titles[step])} okText={t('save')} cancelText={t('cancel')} confirmLoading={save.isPending} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" name="step" onFinish={(v) => save.mutate(v.note)} data-testid="step-form">
        <Form.Item name="note" label={t(notes[step])} rules={[{ required: true, whitespace: true, message: t('noteRequired') }, { max: 2000 }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

// 暂停计时: why the clocks stop (等待客户 / 等待配件) and the reason the customer will read; checked with the schema.
import { useEffect, useState } from 'react';
import { Textarea, View } from '@tarojs/components';
import Dialog from '@nutui/nutui-react-taro/dist/es/packages/dialog';
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css';
import { PauseInput } from '../../../core/schemas/tickets';
import type { PauseKind } from '../../api';
import { fieldError } from '../../validation';
import ChoiceChips from '../ChoiceChips';
import '../ReasonDialog/index.scss';
import './index.scss';

const KINDS: { key: PauseKind; label: string }[] = [
  { key: 'customer', label: '等待客户' },
  { key: 'parts', label: '等待配件' },
];
const PLACEHOLDER: Record<PauseKind, string> = {
  customer: '需要客户做什么，如：请提供设备报错日志截图',
  parts: '等待什么配件，如：电源模块已下单，预计明天到货',
};

interface Props {
  visible: boolean;
  /** resolves when paused (closes); rejects to keep the dialog open */
  onConfirm: (kind: PauseKind, reason: string) => Promise<void>;
  onClose: () => void;
}

export default function PauseDialog({ visible, onConfirm, onClose }: Props) {
  const [kind, setKind] = useState<PauseKind>('customer');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!visible) setError(null);
  }, [visible]);

  const confirm = async () => {
    const problem = fieldError(PauseInput.shape.reason, reason);
    setError(problem);
    if (problem) throw new Error(problem);
    await onConfirm(kind, reason.trim());
    setReason('');
  };

  return (
    <Dialog
      className="reason-dialog pause-dialog"
      visible={visible}
      title="暂停计时"
      confirmText="暂停计时"
      cancelText="返回"
      closeOnOverlayClick={false}
      onConfirm={confirm}
      onCancel={onClose}
      onClose={onClose}
    >
      <View className="reason-dialog__hint">暂停期间不计入服务时限；客户会收到说明，等待客户时可直接回复</View>
      <View className="pause-dialog__kinds">
        <ChoiceChips options={KINDS} value={kind} onChange={setKind} hook="pause-kind" />
      </View>
      <Textarea
        className={`reason-dialog__input${error ? ' reason-dialog__input--invalid' : ''}`}
        value={reason}
        placeholder={PLACEHOLDER[kind]}
        maxlength={200}
        autoHeight={false}
        onInput={(e) => {
          setReason(e.detail.value);
          if (error) setError(null);
        }}
      />
      {error ? <View className="reason-dialog__error">{error}</View> : null}
    </Dialog>
  );
}

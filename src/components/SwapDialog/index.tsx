// 换班: on one shift, who is off (from those on it) and who covers (any member), with a reason for the swap log.
import { useEffect, useState } from 'react';
import { Input, View } from '@tarojs/components';
import Dialog from '@nutui/nutui-react-taro/dist/es/packages/dialog';
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css';
import type { RosterWeek } from '../../api';
import '../ReasonDialog/index.scss';
import '../ChoiceChips/index.scss';
import '../RosterCellDialog/index.scss';

interface Props {
  visible: boolean;
  title: string;
  /** the people on this shift now */
  onShift: RosterWeek['members'];
  members: RosterWeek['members'];
  /** resolves when recorded (closes); rejects to keep the dialog open */
  onConfirm: (fromUserId: string, toUserId: string, reason: string) => Promise<void>;
  onClose: () => void;
}

export default function SwapDialog({ visible, title, onShift, members, onConfirm, onClose }: Props) {
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!visible) return;
    setFrom(onShift[0]?.id ?? null);
    setTo(null);
    setReason('');
    setError(null);
  }, [visible, onShift]);

  const confirm = async () => {
    const problem = !from ? '请选择换下的人员' : !to ? '请选择顶班人员' : from === to ? '顶班人员不能是本人' : null;
    setError(problem);
    if (problem) throw new Error(problem);
    await onConfirm(from!, to!, reason.trim());
  };
  const chip = (on: boolean, key: string) => `choice-chip ${key}${on ? ' choice-chip--on' : ''}`;
  return (
    <Dialog
      className="roster-cell-dialog swap-dialog"
      visible={visible}
      title={title}
      confirmText="确认换班"
      cancelText="返回"
      closeOnOverlayClick={false}
      onConfirm={confirm}
      onCancel={onClose}
      onClose={onClose}
    >
      <View className="roster-cell-dialog__label">换下</View>
      <View className="choice-chips">
        {onShift.map((m) => (
          <View key={m.id} className={chip(from === m.id, `swap-from-${m.id}`)} onClick={() => setFrom(m.id)}>
            {m.name}
          </View>
        ))}
      </View>
      <View className="roster-cell-dialog__label">顶班</View>
      <View className="choice-chips">
        {members
          .filter((m) => m.id !== from)
          .map((m) => (
            <View key={m.id} className={chip(to === m.id, `swap-to-${m.id}`)} onClick={() => setTo(m.id)}>
              {m.name}
            </View>
          ))}
      </View>
      <Input
        className="reason-dialog__input swap-reason"
        style={{ height: '88px' }}
        value={reason}
        maxlength={200}
        placeholder="换班原因（选填），如：病假"
        onInput={(e) => setReason(e.detail.value)}
      />
      {error ? <View className="reason-dialog__error">{error}</View> : null}
    </Dialog>
  );
}

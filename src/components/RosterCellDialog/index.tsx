// Edit one shift of the roster: who is 主班 (one, or nobody) and who is 备班 (any); 换班 from here once saved.
import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Dialog from '@nutui/nutui-react-taro/dist/es/packages/dialog';
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css';
import type { RosterWeek } from '../../api';
import type { Cell } from '../../roster-grid';
import '../ChoiceChips/index.scss';
import './index.scss';

interface Props {
  visible: boolean;
  title: string;
  cell: Cell;
  members: RosterWeek['members'];
  /** why 换班 is not offered now (unsaved changes …), or null when it is */
  swapBlocked: string | null;
  onDone: (cell: Cell) => void;
  onSwap: () => void;
  onClose: () => void;
}

export default function RosterCellDialog({
  visible,
  title,
  cell,
  members,
  swapBlocked,
  onDone,
  onSwap,
  onClose,
}: Props) {
  const [draft, setDraft] = useState<Cell>(cell);
  useEffect(() => {
    if (visible) setDraft(cell);
  }, [visible, cell]);
  const setPrimary = (id: string | null) =>
    setDraft((d) => ({ primary: id, backups: d.backups.filter((b) => b !== id) }));
  const toggleBackup = (id: string) =>
    setDraft((d) =>
      d.backups.includes(id)
        ? { ...d, backups: d.backups.filter((b) => b !== id) }
        : { primary: d.primary === id ? null : d.primary, backups: [...d.backups, id] },
    );
  const chip = (on: boolean, key: string) => `choice-chip roster-chip ${key}${on ? ' choice-chip--on' : ''}`;
  return (
    <Dialog
      className="roster-cell-dialog"
      visible={visible}
      title={title}
      confirmText="完成"
      cancelText="返回"
      onConfirm={() => onDone(draft)}
      onCancel={onClose}
      onClose={onClose}
    >
      <View className="roster-cell-dialog__label">主班</View>
      <View className="choice-chips">
        {members.map((m) => (
          <View
            key={m.id}
            className={chip(draft.primary === m.id, `roster-primary-${m.id}`)}
            onClick={() => setPrimary(m.id)}
          >
            {m.name}
          </View>
        ))}
        <View className={chip(draft.primary === null, 'roster-primary-none')} onClick={() => setPrimary(null)}>
          不安排
        </View>
      </View>
      <View className="roster-cell-dialog__label">备班（可多选）</View>
      <View className="choice-chips">
        {members.map((m) => (
          <View
            key={m.id}
            className={chip(draft.backups.includes(m.id), `roster-backup-${m.id}`)}
            onClick={() => toggleBackup(m.id)}
          >
            {m.name}
          </View>
        ))}
      </View>
      <View className="roster-cell-dialog__swap">
        {swapBlocked ? (
          <Text className="roster-cell-dialog__note">{swapBlocked}</Text>
        ) : (
          <Text className="roster-cell-dialog__link roster-swap" onClick={onSwap}>
            换班（临时顶班，记入换班记录）
          </Text>
        )}
      </View>
    </Dialog>
  );
}

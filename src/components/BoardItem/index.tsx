// A ticket on the SLA board: its most urgent milestone counting down in the group's colour, then what, whose and
// who is on it; tap to open it.
import { Text, View } from '@tarojs/components';
import type { SlaBoardItem } from '../../api';
import { openPage, PAGES } from '../../navigation';
import { BOARD_TONES, urgentLine } from '../../sla-words';
import StatusTag from '../StatusTag';
import './index.scss';

export default function BoardItem({ item, now }: { item: SlaBoardItem; now: Date }) {
  const line = urgentLine(item, now);
  const tone = BOARD_TONES[item.state];
  return (
    <View
      className={`board-item board-item-${item.id} board-item--${item.state} board-item--${tone}`}
      onClick={() => openPage(PAGES.deskTicket, { id: item.id })}
    >
      <View className="board-item__head">
        {line ? (
          <Text className={`board-item__clock board-item__clock--${line.tone}`}>{line.text}</Text>
        ) : (
          <Text className="board-item__clock board-item__clock--muted">无进行中的时限</Text>
        )}
        <StatusTag ticket={item} />
      </View>
      <View className="board-item__title">
        {item.severity === 'major' ? <Text className="board-item__major">重大故障</Text> : null}
        {item.deviceName}
      </View>
      <View className="board-item__line">{item.customerName}</View>
      <View className="board-item__line">
        {item.no} · {item.assigneeName ? `处理人：${item.assigneeName}` : '未指派'}
        {item.escalationLevel > 0 ? (
          <Text className="board-item__level"> · 已升级 {item.escalationLevel} 级</Text>
        ) : null}
      </View>
    </View>
  );
}

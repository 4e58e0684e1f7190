// A ticket waiting for a dispatcher: why it is here (无人可派 …), the clock, and what it is; tap to assign.
import { Text, View } from '@tarojs/components';
import type { Ticket } from '../../api';
import { openPage, PAGES } from '../../navigation';
import { breachedWords } from '../../sla-words';
import SlaClock from '../SlaClock';
import StatusTag from '../StatusTag';
import './index.scss';

export default function QueueItem({ ticket, now }: { ticket: Ticket; now: Date }) {
  const breached = breachedWords(ticket);
  return (
    <View
      className={`queue-item queue-item-${ticket.id}${ticket.routing.flagged ? ' queue-item--flagged' : ''}`}
      onClick={() => openPage(PAGES.deskAssign, { id: ticket.id })}
    >
      <View className="queue-item__head">
        <SlaClock ticket={ticket} now={now} className="queue-item__clock" />
        <StatusTag ticket={ticket} />
      </View>
      <View className="queue-item__title">
        {ticket.severity === 'major' ? <Text className="queue-item__major">重大故障</Text> : null}
        {ticket.customerName} · {ticket.deviceName}
      </View>
      <View className="queue-item__description">{ticket.description}</View>
      {ticket.routing.flagged ? (
        <View className="queue-item__flag">
          待人工派单{ticket.routing.reasons.length ? `：${ticket.routing.reasons.join('；')}` : ''}
        </View>
      ) : null}
      {ticket.escalated ? <View className="queue-item__flag">已升级</View> : null}
      {breached ? <View className="queue-item__flag">已超时：{breached}</View> : null}
      <View className="queue-item__line">
        {ticket.no} · {ticket.assignee ? `当前：${ticket.assignee.name}` : '未指派'}
      </View>
    </View>
  );
}

// One of the customer's tickets in 我的工单: status first, then the device, what happened, and who/when (or, escalated
// with nobody on it yet, 已升级至专家团队处理).
import { Text, View } from '@tarojs/components';
import type { Ticket } from '../../api';
import { escalationBanner } from '../../escalation-words';
import { openPage, PAGES } from '../../navigation';
import { runningClock } from '../../sla-words';
import { clockWords } from '../../time-words';
import SlaClock from '../SlaClock';
import StatusTag from '../StatusTag';
import './index.scss';

export default function TicketCard({ ticket, now }: { ticket: Ticket; now: Date }) {
  const escalated = ticket.assignee ? null : escalationBanner(ticket);
  return (
    <View className={`ticket-card ticket-card-${ticket.id}`} onClick={() => openPage(PAGES.ticket, { id: ticket.id })}>
      <View className="ticket-card__head">
        <Text className="ticket-card__device">{ticket.deviceName}</Text>
        <StatusTag ticket={ticket} />
      </View>
      <View className="ticket-card__description">{ticket.description}</View>
      <View className="ticket-card__foot">
        <Text className="ticket-card__no">{ticket.no}</Text>
        <Text className="ticket-card__time">{clockWords(ticket.createdAt, now)} 报修</Text>
      </View>
      {ticket.assignee || escalated || runningClock(ticket) ? (
        <View className="ticket-card__who">
          {ticket.assignee ? (
            <Text className="ticket-card__assignee">
              {ticket.assignee.role === 'expert' ? '专家' : '工程师'} {ticket.assignee.name}
            </Text>
          ) : null}
          {escalated ? <Text className="ticket-card__escalated">{escalated}</Text> : null}
          <SlaClock ticket={ticket} now={now} />
        </View>
      ) : null}
    </View>
  );
}

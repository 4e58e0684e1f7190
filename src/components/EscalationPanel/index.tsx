// 升级 section of a staff ticket page: the escalation list with 我来处理, shown only once the ticket was escalated.
import { View } from '@tarojs/components';
import type { Ticket } from '../../api';
import { useAcknowledge } from '../../hooks/useAcknowledge';
import Card from '../Card';
import EscalationList from '../EscalationList';

interface Props {
  ticket: Ticket;
  now: Date;
  /** the card's class on this page */
  className: string;
}

export default function EscalationPanel({ ticket, now, className }: Props) {
  const acknowledging = useAcknowledge();
  if (!ticket.sla.escalations.length) return null;
  return (
    <>
      <View className="section-title">升级</View>
      <Card className={className}>
        <EscalationList
          ticket={ticket}
          now={now}
          busy={acknowledging.busyFor(ticket.id)}
          onAcknowledge={(m) => void acknowledging.take(ticket.id, m)}
        />
      </Card>
    </>
  );
}

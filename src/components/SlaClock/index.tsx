// The clock running now on a ticket, counting down: "响应剩余 42 分钟" (amber when close, red once overdue).
import { Text } from '@tarojs/components';
import type { Ticket } from '../../api';
import { clockLine, runningClock } from '../../sla-words';
import './index.scss';

export default function SlaClock({ ticket, now, className }: { ticket: Ticket; now: Date; className?: string }) {
  const clock = runningClock(ticket);
  if (!clock) return null;
  const line = clockLine(clock, now);
  return <Text className={`sla-clock sla-clock--${line.tone} ${className ?? ''}`}>{line.text}</Text>;
}

// A ticket's status as a tag: the word (待接单, 处理中 …) on its colour, never colour alone.
import { Text } from '@tarojs/components';
import type { Ticket } from '../../api';
import { STATUS_TONES } from '../../sla-words';
import './index.scss';

interface Props {
  ticket: Pick<Ticket, 'status' | 'statusLabel'>;
  className?: string;
  large?: boolean;
}

export default function StatusTag({ ticket, className, large }: Props) {
  const classes = ['status-tag', `status-tag--${STATUS_TONES[ticket.status]}`, `status-${ticket.status}`];
  if (large) classes.push('status-tag--large');
  if (className) classes.push(className);
  return <Text className={classes.join(' ')}>{ticket.statusLabel}</Text>;
}

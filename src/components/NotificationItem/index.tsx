// One message in the notification centre: unread dot, title, time and body; an escalation carries 我来处理 (or who
// took it). Tap to open its ticket.
import { Text, View } from '@tarojs/components';
import type { Milestone, Notification, Ticket } from '../../api';
import { clockWords } from '../../time-words';
import PrimaryButton from '../PrimaryButton';
import './index.scss';

export interface Escalation {
  ticketId: string;
  milestone: Milestone;
  level: number;
}

/** An escalation message (sla.alert with a rung) names the ticket and the milestone to take. */
export function escalationOf(n: Notification): Escalation | null {
  const { ticketId, milestone, level } = n.data;
  if (n.template !== 'sla.alert' || typeof ticketId !== 'string' || typeof milestone !== 'string') return null;
  if (!(Number(level) > 0)) return null;
  return { ticketId, milestone: milestone as Milestone, level: Number(level) };
}

/** Who took this milestone's escalation, from the ticket when it is known here. */
export function takenBy(ticket: Ticket | null | undefined, milestone: Milestone): string | null {
  const taken = ticket?.sla.escalations.filter((e) => e.milestone === milestone && e.acknowledgedByName);
  return taken?.length ? taken[taken.length - 1]!.acknowledgedByName : null;
}

interface Props {
  notification: Notification;
  now: Date;
  /** the escalation's ticket, when loaded (to show who took it) */
  ticket?: Ticket | null;
  busy?: boolean;
  onOpen: () => void;
  onTake?: (escalation: Escalation) => void;
}

export default function NotificationItem({ notification: n, now, ticket, busy, onOpen, onTake }: Props) {
  const escalation = escalationOf(n);
  const taker = escalation ? takenBy(ticket, escalation.milestone) : null;
  const classes = ['notification', `notification-${n.id}`, `notification--${n.template.replace('.', '-')}`];
  if (!n.read) classes.push('notification--unread');
  if (escalation) classes.push('notification--escalation');
  return (
    <View className={classes.join(' ')} onClick={onOpen}>
      <View className="notification__head">
        {!n.read ? <View className="notification__dot" /> : null}
        <Text className="notification__title">{n.title}</Text>
        <Text className="notification__time">{clockWords(n.createdAt, now)}</Text>
      </View>
      <View className="notification__body">{n.body}</View>
      {escalation ? (
        <View className="notification__escalation" onClick={(e) => e.stopPropagation()}>
          {taker ? (
            <View className="notification__taken notification-ack">✓ {taker} 已认领处理</View>
          ) : onTake ? (
            <PrimaryButton
              className="notification-take"
              size="normal"
              block={false}
              loading={busy}
              disabled={busy}
              onClick={() => onTake(escalation)}
            >
              我来处理
            </PrimaryButton>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}

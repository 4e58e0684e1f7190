// Who is on it: the engineer's name with a call button — or, before anyone is, what is happening instead (an
// escalated ticket: the calm 已升级至专家团队处理 banner rather than 调度正在为您安排工程师).
import { Text, View } from '@tarojs/components';
import type { Ticket } from '../../api';
import { escalationBanner } from '../../escalation-words';
import { callPhone } from '../../phone';
import PrimaryButton from '../PrimaryButton';
import './index.scss';

const ROLE_WORDS: Record<string, string> = { technician: '工程师', expert: '专家' };

function waitingWords(ticket: Ticket): string {
  if (ticket.status === 'cancelled') return '工单已取消';
  if (ticket.routing.flagged) return '调度正在为您安排工程师';
  return '正在为您派单';
}

export default function AssigneeCard({ ticket }: { ticket: Ticket }) {
  const { assignee } = ticket;
  const escalated = escalationBanner(ticket);
  if (!assignee && escalated) {
    return (
      <View className="assignee assignee--escalated ticket-escalated">
        <View className="assignee__who">
          <Text className="assignee__escalated">{escalated}</Text>
          <Text className="assignee__state">我们将尽快与您联系</Text>
        </View>
      </View>
    );
  }
  if (!assignee || ticket.status === 'cancelled') {
    return (
      <View className="assignee assignee--waiting">
        <Text className="assignee__waiting">{waitingWords(ticket)}</Text>
      </View>
    );
  }
  const offered = ticket.status === 'assigned';
  return (
    <View className="assignee">
      <View className="assignee__who">
        <Text className="assignee__name">
          {ROLE_WORDS[assignee.role] ?? '工程师'} {assignee.name}
        </Text>
        <Text className="assignee__state">{offered ? '已派单，等待工程师接单' : '负责处理您的工单'}</Text>
      </View>
      {assignee.phone ? (
        <PrimaryButton
          className="assignee-call"
          secondary
          size="small"
          block={false}
          onClick={() => callPhone(assignee.phone!)}
        >
          拨打
        </PrimaryButton>
      ) : null}
    </View>
  );
}

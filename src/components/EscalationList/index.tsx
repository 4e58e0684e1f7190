// 升级记录: each rung the ticket was escalated to (现场服务团队 / 专家团队 / 专项小组), who took it, or 我来处理.
import { Text, View } from '@tarojs/components';
import type { Milestone, Ticket } from '../../api';
import { clockWords } from '../../time-words';
import PrimaryButton from '../PrimaryButton';
import './index.scss';

const MILESTONE_WORDS: Record<Milestone, string> = {
  respond: '响应',
  plan: '专家方案',
  remoteFix: '远程解决',
  onsite: '到场',
};

interface Props {
  ticket: Ticket;
  now: Date;
  /** the milestone being taken now */
  busy: Milestone | null;
  onAcknowledge: (milestone: Milestone) => void;
}

export default function EscalationList({ ticket, now, busy, onAcknowledge }: Props) {
  const { escalations } = ticket.sla;
  if (escalations.length === 0) return null;
  const canTake = ticket.can.includes('acknowledge');
  // The latest rung per milestone carries the claim; earlier rungs are history.
  const latest = new Map(escalations.map((e) => [e.milestone, e]));
  return (
    <View className="escalations">
      {[...escalations].reverse().map((e) => {
        const current = latest.get(e.milestone) === e;
        const taken =
          e.acknowledgedByName ??
          escalations.find((x) => x.milestone === e.milestone && x.acknowledgedByName)?.acknowledgedByName;
        return (
          <View key={`${e.milestone}-${e.level}`} className={`escalation escalation-${e.milestone}-${e.level}`}>
            <View className="escalation__head">
              <Text className={`escalation__level escalation__level--${e.level}`}>
                {e.level} 级 · {e.levelLabel}
              </Text>
              <Text className="escalation__time">{clockWords(e.at, now)}</Text>
            </View>
            <View className="escalation__what">
              「{MILESTONE_WORDS[e.milestone]}」已超时，升级至{e.levelLabel}
            </View>
            {taken ? (
              <View className="escalation__taken escalation-ack">
                ✓ {taken} 已认领处理
                {e.acknowledgedAt ? ` · ${clockWords(e.acknowledgedAt, now)}` : ''}
              </View>
            ) : current && canTake ? (
              <View className="escalation__action">
                <PrimaryButton
                  className={`escalation-take escalation-take-${e.milestone}`}
                  size="normal"
                  block={false}
                  loading={busy === e.milestone}
                  disabled={!!busy}
                  onClick={() => onAcknowledge(e.milestone)}
                >
                  我来处理
                </PrimaryButton>
              </View>
            ) : current ? (
              <View className="escalation__waiting">等待认领</View>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}

// One technician routing would consider: score and reasons ("同区域", "技能: …", "在岗", "负载 2/5") with 指派, or
// why routing excludes them (区域不符、缺少技能、此前超时未接单 …) with 强制指派 — the way past the rules, with a reason.
import { Text, View } from '@tarojs/components';
import type { RoutingCandidate } from '../../api';
import PrimaryButton from '../PrimaryButton';
import './index.scss';

interface Props {
  candidate: RoutingCandidate;
  /** the technician holding or offered the ticket now */
  current?: boolean;
  onAssign?: () => void;
  /** 强制指派 (an excluded candidate): asks for the reason first */
  onForce?: () => void;
  busy?: boolean;
}

export default function CandidateCard({ candidate, current, onAssign, onForce, busy }: Props) {
  const excluded = !!candidate.excluded;
  const act = current ? null : excluded ? onForce : onAssign;
  return (
    <View className={`candidate candidate-${candidate.technicianId}${excluded ? ' candidate--excluded' : ''}`}>
      <View className="candidate__head">
        <Text className="candidate__name">{candidate.name}</Text>
        {current ? <Text className="candidate__current">当前</Text> : null}
        <Text className="candidate__score">{excluded ? '规则外' : `${Math.round(candidate.score)} 分`}</Text>
      </View>
      {candidate.reasons.length ? (
        <View className="candidate__reasons">
          {candidate.reasons.map((reason) => (
            <Text key={reason} className="candidate__reason">
              {reason}
            </Text>
          ))}
        </View>
      ) : null}
      {excluded ? <View className="candidate__excluded">{candidate.excluded}</View> : null}
      {act ? (
        <View className="candidate__action">
          <PrimaryButton
            className={`${excluded ? 'candidate-force' : 'candidate-assign'} ${excluded ? 'candidate-force' : 'candidate-assign'}-${candidate.technicianId}`}
            size="small"
            secondary={excluded}
            block={false}
            loading={busy}
            disabled={busy}
            onClick={act}
          >
            {excluded ? '强制指派' : '指派'}
          </PrimaryButton>
        </View>
      ) : null}
    </View>
  );
}

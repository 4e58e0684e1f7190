// One technician routing would consider: score and reasons ("同区域", "技能: …", "在岗", "负载 2/5"), or why not.
import { Text, View } from '@tarojs/components';
import type { RoutingCandidate } from '../../api';
import PrimaryButton from '../PrimaryButton';
import './index.scss';

interface Props {
  candidate: RoutingCandidate;
  /** the technician holding or offered the ticket now */
  current?: boolean;
  onAssign?: () => void;
  busy?: boolean;
}

export default function CandidateCard({ candidate, current, onAssign, busy }: Props) {
  const excluded = !!candidate.excluded;
  return (
    <View className={`candidate candidate-${candidate.technicianId}${excluded ? ' candidate--excluded' : ''}`}>
      <View className="candidate__head">
        <Text className="candidate__name">{candidate.name}</Text>
        {current ? <Text className="candidate__current">当前</Text> : null}
        <Text className="candidate__score">{excluded ? '不可派' : `${Math.round(candidate.score)} 分`}</Text>
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
      {!excluded && !current && onAssign ? (
        <View className="candidate__action">
          <PrimaryButton
            className={`candidate-assign candidate-assign-${candidate.technicianId}`}
            size="small"
            block={false}
            loading={busy}
            disabled={busy}
            onClick={onAssign}
          >
            指派
          </PrimaryButton>
        </View>
      ) : null}
    </View>
  );
}

// One expert of the team on the assign page: duty now and open load; routing never offers them a ticket, so the desk
// reaches them by 强制指派 (with a reason).
import { Text, View } from '@tarojs/components';
import type { ExpertOption } from '../../api';
import PrimaryButton from '../PrimaryButton';
import '../CandidateCard/index.scss';
import './index.scss';

interface Props {
  expert: ExpertOption;
  /** the expert holds or is offered the ticket now */
  current?: boolean;
  onForce: () => void;
  busy?: boolean;
}

export default function ExpertCard({ expert, current, onForce, busy }: Props) {
  return (
    <View className={`candidate expert-option expert-option-${expert.technicianId}`}>
      <View className="candidate__head">
        <Text className="candidate__name">{expert.name}</Text>
        {current ? <Text className="candidate__current">当前</Text> : null}
        <Text className={`expert-option__duty${expert.onDuty ? ' expert-option__duty--on' : ''}`}>{expert.duty}</Text>
      </View>
      <View className="candidate__reasons">
        <Text className="candidate__reason">专家</Text>
        <Text className="candidate__reason">在办 {expert.openLoad} 单</Text>
      </View>
      {current ? null : (
        <View className="candidate__action">
          <PrimaryButton
            className={`candidate-force candidate-force-${expert.technicianId}`}
            size="small"
            secondary
            block={false}
            loading={busy}
            disabled={busy}
            onClick={onForce}
          >
            强制指派
          </PrimaryButton>
        </View>
      )}
    </View>
  );
}

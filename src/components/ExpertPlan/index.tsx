// The expert team's solution plan for a major fault (专家方案), once given.
import { Text, View } from '@tarojs/components';
import type { Ticket } from '../../api';
import { clockWords } from '../../time-words';
import './index.scss';

export default function ExpertPlan({ plan, now }: { plan: NonNullable<Ticket['plan']>; now: Date }) {
  return (
    <View className="expert-plan">
      <View className="expert-plan__head">
        <Text className="expert-plan__title">专家方案</Text>
        <Text className="expert-plan__by">
          {plan.byName} · {clockWords(plan.at, now)}
        </Text>
      </View>
      <View className="expert-plan__text">{plan.text}</View>
    </View>
  );
}

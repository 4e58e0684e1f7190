// A year's arrangement as the notice reads: one block per festival — its days off (ranges, with the count) and its
// make-up working days (调休上班).
import { Text, View } from '@tarojs/components';
import type { HolidayDay } from '../../api';
import { holidayGroups, makeupWords, rangeWords } from '../../holiday-groups';
import './index.scss';

interface Props {
  days: readonly Pick<HolidayDay, 'date' | 'kind' | 'name'>[];
  className?: string;
}

export default function HolidayDays({ days, className }: Props) {
  const groups = holidayGroups(days);
  if (!groups.length) return <View className="holiday-days__none">没有录入任何放假或调休日</View>;
  return (
    <View className={`holiday-days ${className ?? ''}`}>
      {groups.map((g) => (
        <View key={g.name} className="holiday-days__group holiday-group">
          <Text className="holiday-days__name">{g.name}</Text>
          {g.off.map((r) => (
            <View key={r.from} className="holiday-days__off">
              {rangeWords(r)}
            </View>
          ))}
          {g.makeup.length ? <View className="holiday-days__makeup">{makeupWords(g.makeup)}</View> : null}
        </View>
      ))}
    </View>
  );
}

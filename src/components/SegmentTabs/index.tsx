// Tabs along the top of a list (待接单 · 进行中 · 今日), each with its count; green underline on the current one.
import { Text, View } from '@tarojs/components';
import './index.scss';

export interface SegmentTab<K extends string> {
  key: K;
  title: string;
  count?: number;
}

interface Props<K extends string> {
  tabs: SegmentTab<K>[];
  active: K;
  onChange: (key: K) => void;
}

export default function SegmentTabs<K extends string>({ tabs, active, onChange }: Props<K>) {
  return (
    <View className="segment-tabs">
      {tabs.map((tab) => (
        <View
          key={tab.key}
          className={`segment-tabs__tab segment-tab-${tab.key}${tab.key === active ? ' segment-tabs__tab--active' : ''}`}
          onClick={() => onChange(tab.key)}
        >
          <Text className="segment-tabs__title">{tab.title}</Text>
          {tab.count ? <Text className="segment-tabs__count">{tab.count}</Text> : null}
        </View>
      ))}
    </View>
  );
}

// The ticket's live timeline (its events, newest first), each line in the service's words; tap a time for the date.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { TicketEvent } from '../../api';
import { clockWords, fullTime } from '../../time-words';
import './index.scss';

export default function Timeline({ events, now }: { events: TicketEvent[]; now: Date }) {
  const [exact, setExact] = useState<number | null>(null);
  const newestFirst = [...events].sort((a, b) => b.seq - a.seq);
  if (newestFirst.length === 0) return <View className="timeline timeline--empty">暂无记录</View>;
  return (
    <View className="timeline">
      {newestFirst.map((event, i) => (
        <View
          key={event.seq}
          className={`timeline-item timeline-item--${event.type}${i === 0 ? ' timeline-item--latest' : ''}`}
          onClick={() => setExact(exact === event.seq ? null : event.seq)}
        >
          <View className="timeline-item__rail">
            <View className="timeline-item__dot" />
          </View>
          <View className="timeline-item__body">
            <Text className="timeline-item__text">{event.text}</Text>
            <Text className="timeline-item__time">
              {exact === event.seq ? fullTime(event.at) : clockWords(event.at, now)}
            </Text>
          </View>
        </View>
      ))}
    </View>
  );
}

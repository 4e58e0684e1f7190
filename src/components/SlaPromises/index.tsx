// 服务承诺: every promised time of a ticket (响应, 远程处理, 到场, 解决方案) — met, running, or missed.
import { Text, View } from '@tarojs/components';
import type { Ticket } from '../../api';
import { slaPromises } from '../../sla-words';
import './index.scss';

export default function SlaPromises({ ticket, now }: { ticket: Ticket; now: Date }) {
  const lines = slaPromises(ticket, now);
  if (lines.length === 0) return null;
  return (
    <View className="sla-promises">
      {lines.map((line) => (
        <View key={line.key} className={`sla-promise sla-promise-${line.key}`}>
          <Text className="sla-promise__label">{line.label}</Text>
          <Text className={`sla-promise__text sla-promise__text--${line.tone}`}>{line.text}</Text>
        </View>
      ))}
    </View>
  );
}

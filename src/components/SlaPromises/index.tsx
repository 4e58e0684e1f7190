// 服务承诺: every milestone of the current round (响应, 专家方案, 远程解决, 到场) with its due time and a live countdown —
// blue running, amber warned, red overdue (by how much), grey paused (and why), green ✓ met; not-yet-started muted.
import { Text, View } from '@tarojs/components';
import type { Ticket } from '../../api';
import { useNow } from '../../hooks/useOnShow';
import { countdownOf } from '../../sla-words';
import './index.scss';

export default function SlaPromises({ ticket }: { ticket: Ticket }) {
  // Its own one-second tick: only this card re-renders every second, not the page.
  const now = useNow(1000);
  if (ticket.status === 'cancelled') return null;
  const rows = ticket.sla.clocks.flatMap((clock) => {
    const countdown = countdownOf(clock, ticket, now);
    return countdown ? [{ clock, countdown }] : [];
  });
  if (rows.length === 0) return null;
  return (
    <View className="sla-promises">
      {rows.map(({ clock, countdown }) => (
        <View
          key={clock.name}
          className={`sla-promise sla-promise-${clock.name} sla-promise--${countdown.state} sla-promise--${countdown.tone}`}
        >
          <View className="sla-promise__main">
            <Text className="sla-promise__label">{clock.label}</Text>
            <Text className="sla-promise__detail">{countdown.detail}</Text>
          </View>
          <Text className={`sla-promise__badge sla-promise__badge--${countdown.tone}`}>{countdown.badge}</Text>
        </View>
      ))}
    </View>
  );
}

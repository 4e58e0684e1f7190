// One horizontal bar of a chart: label, the bar filled to its share, and the figure — colour only with the words.
import { Text, View } from '@tarojs/components';
import type { Tone } from '../../sla-words';
import './index.scss';

interface Props {
  label: string;
  /** 0–1, or null when there is nothing to show (an empty, dashed track) */
  share: number | null;
  /** the figure at the end: "92%" · "4.6" */
  value: string;
  /** under the label: "23/25 达成" */
  note?: string;
  tone?: Tone;
  className?: string;
}

export default function RateBar({ label, share, value, note, tone = 'ok', className }: Props) {
  const width = share === null ? 0 : Math.max(0, Math.min(1, share)) * 100;
  return (
    <View className={`rate-bar rate-bar--${tone} ${className ?? ''}`}>
      <View className="rate-bar__label">
        <Text className="rate-bar__name">{label}</Text>
        {note ? <Text className="rate-bar__note">{note}</Text> : null}
      </View>
      <View className={`rate-bar__track${share === null ? ' rate-bar__track--empty' : ''}`}>
        <View className="rate-bar__fill" style={{ width: `${width}%` }} />
      </View>
      <Text className="rate-bar__value">{value}</Text>
    </View>
  );
}

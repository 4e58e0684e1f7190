// A headline figure (达成率 92%, CSAT 88%) with its label and a line of context, coloured by how it stands.
import { View } from '@tarojs/components';
import type { Tone } from '../../sla-words';
import './index.scss';

interface Props {
  label: string;
  value: string;
  note?: string;
  tone?: Tone;
  className?: string;
}

export default function StatTile({ label, value, note, tone = 'progress', className }: Props) {
  return (
    <View className={`stat-tile ${className ?? ''}`}>
      <View className={`stat-tile__value stat-tile__value--${tone}`}>{value}</View>
      <View className="stat-tile__label">{label}</View>
      {note ? <View className="stat-tile__note">{note}</View> : null}
    </View>
  );
}

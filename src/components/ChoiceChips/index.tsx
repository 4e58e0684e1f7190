// One choice among a few, as chips (故障类型 …): the chosen one in green.
import { View } from '@tarojs/components';
import './index.scss';

interface Props<K extends string> {
  options: { key: K; label: string }[];
  value: K | null;
  onChange: (key: K) => void;
  /** class hook per chip: `${hook}-${key}` */
  hook: string;
}

export default function ChoiceChips<K extends string>({ options, value, onChange, hook }: Props<K>) {
  return (
    <View className="choice-chips">
      {options.map((o) => (
        <View
          key={o.key}
          className={`choice-chip ${hook}-${o.key}${value === o.key ? ' choice-chip--on' : ''}`}
          onClick={() => onChange(o.key)}
        >
          {o.label}
        </View>
      ))}
    </View>
  );
}

// Warranty badge: the service's word on the state's colour (在保 / 即将过保 / 已过保 / 未验收), never colour alone.
import { Text } from '@tarojs/components';
import { WARRANTY_TONES, type WarrantyState } from '../../warranty-words';
import './index.scss';

interface Props {
  state: WarrantyState;
  label: string;
  className?: string;
}

export default function WarrantyBadge({ state, label, className }: Props) {
  return (
    <Text className={`warranty-badge warranty-badge--${WARRANTY_TONES[state]} warranty-${state} ${className ?? ''}`}>
      {label}
    </Text>
  );
}

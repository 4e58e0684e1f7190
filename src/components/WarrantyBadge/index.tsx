// Warranty badge: the status word on its colour (在保 / 即将过保 / 已过保 / 未验收), never colour alone.
import { Text } from '@tarojs/components';
import type { Warranty } from '../../api';
import './index.scss';

export default function WarrantyBadge({ warranty }: { warranty: Pick<Warranty, 'status' | 'label'> }) {
  return <Text className={`warranty-badge warranty-badge--${warranty.status}`}>{warranty.label}</Text>;
}

// Empty state: what the emptiness means, and the one action to take.
import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import './index.scss';

interface Props {
  title: string;
  description?: string;
  action?: ReactNode;
  className?: string;
}

export default function EmptyState({ title, description, action, className }: Props) {
  return (
    <View className={`empty-state ${className ?? ''}`}>
      <View className="empty-state__title">{title}</View>
      {description ? <View className="empty-state__description">{description}</View> : null}
      {action ? <View className="empty-state__action">{action}</View> : null}
    </View>
  );
}

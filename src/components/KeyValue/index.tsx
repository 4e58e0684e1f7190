// One labelled fact on a card ("地址  上海市…"): label column on the left, value on the right.
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './index.scss';

export default function KeyValue({
  label,
  children,
  className,
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <View className={`key-value ${className ?? ''}`}>
      <Text className="key-value__key">{label}</Text>
      <View className="key-value__value">{children}</View>
    </View>
  );
}

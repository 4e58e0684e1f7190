// A white card on the grey page: the unit every screen is built from.
import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import './index.scss';

export default function Card({ children, className }: { children: ReactNode; className?: string }) {
  return <View className={className ? `card ${className}` : 'card'}>{children}</View>;
}

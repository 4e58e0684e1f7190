// An honest placeholder: says plainly what this screen will hold, so nobody mistakes it for a broken page.
import { View } from '@tarojs/components';
import './index.scss';

export default function PlaceholderPanel({ title, description }: { title: string; description: string }) {
  return (
    <View className="placeholder-panel">
      <View className="placeholder-panel__title">{title}</View>
      <View className="placeholder-panel__description">{description}</View>
      <View className="placeholder-panel__note">此页面正在建设中</View>
    </View>
  );
}

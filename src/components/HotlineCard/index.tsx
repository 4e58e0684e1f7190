// The 7×24 hotline, one tap away on every customer screen that needs it.
import { Text, View } from '@tarojs/components';
import { HOTLINE } from '../../constants';
import { callHotline } from '../../hotline';
import PrimaryButton from '../PrimaryButton';
import './index.scss';

export default function HotlineCard() {
  return (
    <View className="hotline-card">
      <View className="hotline-card__text">
        <Text className="hotline-card__label">7×24 服务热线</Text>
        <Text className="hotline-card__number">{HOTLINE}</Text>
      </View>
      <PrimaryButton className="hotline-card__call" secondary size="small" block={false} onClick={callHotline}>
        拨打
      </PrimaryButton>
    </View>
  );
}

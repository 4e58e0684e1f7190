// Error state: what went wrong in the service's words, and 重试.
import { View } from '@tarojs/components';
import PrimaryButton from '../PrimaryButton';
import './index.scss';

interface Props {
  title?: string;
  message: string;
  onRetry: () => void;
  retrying?: boolean;
}

export default function ErrorState({ title = '加载失败', message, onRetry, retrying }: Props) {
  return (
    <View className="error-state">
      <View className="error-state__title">{title}</View>
      <View className="error-state__message">{message}</View>
      <View className="error-state__action">
        <PrimaryButton
          className="error-state__retry"
          secondary
          size="normal"
          block={false}
          loading={retrying}
          onClick={onRetry}
        >
          重试
        </PrimaryButton>
      </View>
    </View>
  );
}

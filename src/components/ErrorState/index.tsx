// Error state: what went wrong in the service's words, and what to do next — 重试, or a way out when retrying cannot
// help (a ticket the reader may no longer see).
import { View } from '@tarojs/components';
import PrimaryButton from '../PrimaryButton';
import './index.scss';

interface Props {
  title?: string;
  message: string;
  onRetry?: () => void;
  retrying?: boolean;
  /** instead of 重试: the one way on ("返回派单") */
  action?: { text: string; onClick: () => void };
  className?: string;
}

export default function ErrorState({ title = '加载失败', message, onRetry, retrying, action, className }: Props) {
  return (
    <View className={`error-state ${className ?? ''}`}>
      <View className="error-state__title">{title}</View>
      <View className="error-state__message">{message}</View>
      {action ? (
        <View className="error-state__action">
          <PrimaryButton className="error-state__way-out" size="normal" block={false} onClick={action.onClick}>
            {action.text}
          </PrimaryButton>
        </View>
      ) : onRetry ? (
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
      ) : null}
    </View>
  );
}

// 消息通知 with the unread count: the way into the notification centre from each role's first screen.
import { Text, View } from '@tarojs/components';
import { openPage, PAGES } from '../../navigation';
import './index.scss';

export default function UnreadEntry({ unread, className }: { unread: number; className?: string }) {
  return (
    <View className={`unread-entry ${className ?? ''}`} onClick={() => openPage(PAGES.notifications)}>
      <Text className="unread-entry__title">消息通知</Text>
      <View className="unread-entry__right">
        {unread > 0 ? (
          <Text className="unread-entry__count unread-count">{unread > 99 ? '99+' : unread}</Text>
        ) : (
          <Text className="unread-entry__none">暂无未读</Text>
        )}
        <Text className="unread-entry__arrow">›</Text>
      </View>
    </View>
  );
}

// The `notifications` function: every role's notification centre and the WeChat subscription grants.
import { call } from './client';
import type { NotificationPage, NotificationQuery, SubscriptionTemplate, TemplateKey } from './types';

export const notificationsApi = {
  list: (query: NotificationQuery) => call<NotificationPage>('notifications', 'list', query),
  read: (ids: string[]) => call<{ unread: number }>('notifications', 'read', { ids }),
  readAll: () => call<{ unread: number }>('notifications', 'read', { all: true }),
  unread: () => call<{ unread: number }>('notifications', 'unread', {}),
  grant: (accepted: TemplateKey[]) => call<{ grants: Record<string, number> }>('notifications', 'grant', { accepted }),
  templates: () => call<{ templates: SubscriptionTemplate[] }>('notifications', 'templates', {}),
};

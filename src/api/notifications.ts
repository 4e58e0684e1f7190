// The `notifications` function: every role's notification centre and the WeChat subscription grants.
import { call } from './client';
import type { NotificationQuery, TemplateKey } from './types';

export const notificationsApi = {
  list: (query: NotificationQuery) => call('notifications', 'list', query),
  read: (ids: string[]) => call('notifications', 'read', { ids }),
  readAll: () => call('notifications', 'read', { all: true }),
  unread: () => call('notifications', 'unread', {}),
  grant: (accepted: TemplateKey[]) => call('notifications', 'grant', { accepted }),
  templates: () => call('notifications', 'templates', {}),
};

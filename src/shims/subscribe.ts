// WeChat subscription consent (订阅消息, docs/notifications.md): one send per consent, asked at natural moments.
// WeChat shows the dialog only from a tap, so ask() starts it synchronously inside the tap handler — the template
// ids must already be here (prefetch() when the page opens). On H5 both are no-ops.
import Taro from '@tarojs/taro';
import { notificationsApi, type SubscriptionTemplate, type TemplateKey } from '../api';

const isWeapp = process.env.TARO_ENV === 'weapp';
let templates: SubscriptionTemplate[] | null = null;
let loading: Promise<void> | null = null;

/** Fetch the template ids once per app run (notifications.templates). */
export function prefetchSubscriptionTemplates(): void {
  if (!isWeapp || templates || loading) return;
  loading = notificationsApi
    .templates()
    .then((res) => {
      templates = res.templates;
    })
    .catch(() => undefined) // no consent asked this time; the in-app centre still has every message
    .finally(() => {
      loading = null;
    });
}

/** Whether any of these templates is configured (a deployment without template ids never asks). */
export function canAskSubscription(keys: readonly TemplateKey[]): boolean {
  return isWeapp && !!templates?.some((t) => keys.includes(t.key as TemplateKey) && t.templateId);
}

/** Call from a tap: asks WeChat for these templates (those configured), then records the ones accepted. */
export function askSubscription(keys: readonly TemplateKey[]): void {
  if (!isWeapp || !templates) return;
  const wanted = templates.filter((t) => keys.includes(t.key as TemplateKey) && t.templateId);
  if (wanted.length === 0) return;
  Taro.requestSubscribeMessage({
    tmplIds: wanted.map((t) => t.templateId!),
    entityIds: [],
    success: (res) => {
      const accepted = wanted.filter((t) => res[t.templateId!] === 'accept').map((t) => t.key as TemplateKey);
      if (accepted.length) void notificationsApi.grant(accepted).catch(() => undefined);
    },
    fail: () => undefined, // declined or not supported: in-app notifications only
  });
}

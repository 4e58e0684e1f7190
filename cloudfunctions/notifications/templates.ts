// notifications.templates: the WeChat subscription templates the app asks consent for, with their ids where set.
import { API } from '../../core/api';
import { TEMPLATES, WECHAT_TEMPLATE_KEYS } from '../../core/notify/templates';
import { action } from '../_lib/action';

/** WeChat template ids per key, from AFTERCARE_WX_TEMPLATE_IDS (JSON) where the service runs on CloudBase. */
function configuredTemplateIds(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(process.env.AFTERCARE_WX_TEMPLATE_IDS ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export const templates = action(API.notifications.templates, async function templates() {
  const ids = configuredTemplateIds();
  return {
    templates: WECHAT_TEMPLATE_KEYS.map((key) => ({
      key,
      label: TEMPLATES[key].label,
      templateId: ids[key] ?? null,
      fields: TEMPLATES[key].wechat?.fields ?? {},
    })),
  };
});

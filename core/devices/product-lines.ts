// The product lines the service plan covers; a device belongs to one, a technician's skills name the ones they serve.
export const PRODUCT_LINES = {
  kiosk: '自助服务终端',
  printer: '工业打印设备',
  network: '网络与机房设备',
  software: '平台与小程序',
} as const;

export type ProductLine = keyof typeof PRODUCT_LINES;

export function productLineLabel(code: string): string {
  return (PRODUCT_LINES as Record<string, string>)[code] ?? code;
}

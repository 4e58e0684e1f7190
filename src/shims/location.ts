// Where the technician is, for the on-site check-in: the phone's position, or null when refused or unavailable.
import Taro from '@tarojs/taro';
import type { Position } from '../api';

export async function currentPosition(): Promise<Position | null> {
  try {
    // WGS84: the only system the browser knows; WeChat gives it too.
    const res = await Taro.getLocation({ type: 'wgs84', isHighAccuracy: true, highAccuracyExpireTime: 8000 });
    return {
      latitude: res.latitude,
      longitude: res.longitude,
      ...(typeof res.accuracy === 'number' && res.accuracy >= 0 ? { accuracy: Math.min(res.accuracy, 100_000) } : {}),
    };
  } catch {
    return null;
  }
}

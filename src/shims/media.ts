// Picking photos or a short video (Taro.chooseMedia) the same way on weapp and H5, which describe files differently.
import Taro from '@tarojs/taro';

export interface PickedMedia {
  path: string;
  kind: 'image' | 'video';
  /** known on H5 (the browser's MIME type); on weapp worked out from the file name at upload */
  contentType?: string;
  size: number;
  /** a small picture to show while it uploads (the video's cover) */
  thumb: string;
}

function isCancel(e: unknown): boolean {
  const errMsg = (e as { errMsg?: string } | null)?.errMsg ?? '';
  return /cancel|abort/i.test(errMsg);
}

/** Up to `count` photos, or (when allowed) one video; [] when the person cancels. */
export async function pickMedia(count: number, allowVideo: boolean): Promise<PickedMedia[]> {
  let res: Taro.chooseMedia.SuccessCallbackResult;
  try {
    res = await Taro.chooseMedia({
      count,
      mediaType: allowVideo ? ['image', 'video'] : ['image'],
      sourceType: ['album', 'camera'],
      sizeType: ['compressed'],
      maxDuration: 60,
    });
  } catch (e) {
    if (isCancel(e)) return [];
    throw e;
  }
  return res.tempFiles.map((f) => {
    // weapp: fileType is 'image' | 'video'; H5: the file's MIME type ('image/png').
    const fileType = String((f as { fileType?: string }).fileType ?? res.type ?? '');
    const kind = fileType.startsWith('video') ? 'video' : 'image';
    return {
      path: f.tempFilePath,
      kind,
      contentType: fileType.includes('/') ? fileType : undefined,
      size: f.size,
      thumb: kind === 'video' ? f.thumbTempFilePath || '' : f.tempFilePath,
    };
  });
}

/** Full-screen preview of pictures (the system viewer in WeChat). */
export function previewImages(urls: string[], current: string): void {
  Taro.previewImage({ urls, current }).catch(() => undefined);
}

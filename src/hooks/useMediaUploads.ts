// Photos or one short video for a report: picked, checked against the upload rules, uploaded at once with progress.
import { useCallback, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { isApiError, messageOf, uploadFile } from '../api';
import { pickMedia } from '../shims/media';

export const MAX_PHOTOS = 9;

export interface MediaItem {
  key: string;
  kind: 'image' | 'video';
  path: string;
  contentType?: string;
  thumb: string;
  /** 0–1 */
  progress: number;
  state: 'uploading' | 'done' | 'failed';
  fileId?: string;
}

export interface MediaUploads {
  items: MediaItem[];
  /** photos may be added (nothing, or fewer than 9 photos, and no video) */
  canAdd: boolean;
  add: () => Promise<void>;
  remove: (key: string) => void;
  retry: (key: string) => void;
  clear: () => void;
  uploading: number;
  failed: number;
  photos: string[];
  video: string | undefined;
}

let seq = 0;
const toast = (title: string) => void Taro.showToast({ title, icon: 'none', duration: 2500 });

export function useMediaUploads(): MediaUploads {
  const [items, setItems] = useState<MediaItem[]>([]);
  const current = useRef(items);
  current.current = items;

  const update = useCallback((key: string, patch: Partial<MediaItem>) => {
    setItems((list) => list.map((it) => (it.key === key ? { ...it, ...patch } : it)));
  }, []);

  const start = useCallback(
    (item: MediaItem) => {
      update(item.key, { state: 'uploading', progress: 0 });
      uploadFile(item.path, item.kind === 'video' ? 'video' : 'photo', item.contentType, {
        onProgress: (share) => update(item.key, { progress: share }),
      })
        .then((upload) => update(item.key, { state: 'done', progress: 1, fileId: upload.fileId }))
        .catch((e: unknown) => {
          toast(messageOf(e));
          // A file the rules refuse cannot succeed on retry: drop it; a network failure can be retried.
          if (isApiError(e) && e.code === 'VALIDATION_FAILED') {
            setItems((list) => list.filter((it) => it.key !== item.key));
          } else update(item.key, { state: 'failed' });
        });
    },
    [update],
  );

  const add = useCallback(async () => {
    const existing = current.current;
    const allowVideo = existing.length === 0;
    let picked;
    try {
      picked = await pickMedia(MAX_PHOTOS - existing.length, allowVideo);
    } catch (e) {
      toast(messageOf(e) || '无法打开相册，请重试');
      return;
    }
    const video = picked.find((m) => m.kind === 'video');
    // One short video, or photos: a video picked together with photos goes alone.
    const chosen = video ? [video] : picked.slice(0, MAX_PHOTOS - existing.length);
    if (video && picked.length > 1) toast('视频只能单独上传 1 个，已忽略其余照片');
    const fresh: MediaItem[] = chosen.map((m) => ({
      key: `m${++seq}`,
      kind: m.kind,
      path: m.path,
      contentType: m.contentType,
      thumb: m.thumb,
      progress: 0,
      state: 'uploading',
    }));
    setItems((list) => [...list, ...fresh]);
    fresh.forEach(start);
  }, [start]);

  const remove = useCallback((key: string) => setItems((list) => list.filter((it) => it.key !== key)), []);
  const retry = useCallback(
    (key: string) => {
      const item = current.current.find((it) => it.key === key);
      if (item) start(item);
    },
    [start],
  );
  const clear = useCallback(() => setItems([]), []);

  const done = items.filter((it) => it.state === 'done' && it.fileId);
  return {
    items,
    canAdd: items.length === 0 || (items.every((it) => it.kind === 'image') && items.length < MAX_PHOTOS),
    add,
    remove,
    retry,
    clear,
    uploading: items.filter((it) => it.state === 'uploading').length,
    failed: items.filter((it) => it.state === 'failed').length,
    photos: done.filter((it) => it.kind === 'image').map((it) => it.fileId!),
    video: done.find((it) => it.kind === 'video')?.fileId,
  };
}

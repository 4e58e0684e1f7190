// Photos (up to 9) or one short video for a report, each with its upload progress; tap a failed one to retry.
import { Image, Text, View } from '@tarojs/components';
import type { MediaUploads } from '../../hooks/useMediaUploads';
import './index.scss';

export default function MediaPicker({ media }: { media: MediaUploads }) {
  return (
    <View className="media-picker">
      {media.items.map((item, i) => (
        <View
          key={item.key}
          className={`media-item media-item-${i} media-item--${item.state}`}
          onClick={() => item.state === 'failed' && media.retry(item.key)}
        >
          {item.thumb ? (
            <Image className="media-item__thumb" src={item.thumb} mode="aspectFill" />
          ) : (
            <View className="media-item__thumb media-item__thumb--blank" />
          )}
          {item.kind === 'video' ? <Text className="media-item__badge">视频</Text> : null}
          {item.state === 'uploading' ? (
            <View className="media-item__overlay">
              <Text className="media-item__progress">{Math.round(item.progress * 100)}%</Text>
              <View className="media-item__bar" style={{ width: `${Math.round(item.progress * 100)}%` }} />
            </View>
          ) : null}
          {item.state === 'failed' ? (
            <View className="media-item__overlay media-item__overlay--failed">
              <Text>上传失败</Text>
              <Text>点击重试</Text>
            </View>
          ) : null}
          {item.state === 'done' ? <Text className="media-item__done">✓</Text> : null}
          <View
            className="media-remove"
            onClick={(e) => {
              e.stopPropagation();
              media.remove(item.key);
            }}
          >
            ×
          </View>
        </View>
      ))}
      {media.canAdd ? (
        <View className="media-add" onClick={() => void media.add()}>
          <Text className="media-add__plus">+</Text>
          <Text className="media-add__label">{media.items.length === 0 ? '照片/视频' : '照片'}</Text>
        </View>
      ) : null}
    </View>
  );
}

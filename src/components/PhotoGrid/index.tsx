// Photos in a three-column grid; a tap opens them full screen.
import { Image, View } from '@tarojs/components';
import { previewImages } from '../../shims/media';
import './index.scss';

export default function PhotoGrid({ urls }: { urls: string[] }) {
  if (urls.length === 0) return null;
  return (
    <View className="photo-grid">
      {urls.map((url, i) => (
        <View key={url} className={`photo-grid__cell photo-${i}`} onClick={() => previewImages(urls, url)}>
          <Image className="photo-grid__image" src={url} mode="aspectFill" lazyLoad />
        </View>
      ))}
    </View>
  );
}

// One 1–5 star row of the survey (响应速度, 服务态度 …): the label and the score in words on top, then five stars, each
// a 44 px target for a thumb (five fit across a 375 px phone).
import { Text, View } from '@tarojs/components';
import './index.scss';

const WORDS = ['', '非常不满意', '不满意', '一般', '满意', '非常满意'];

interface Props {
  label: string;
  value: number;
  /** absent: the stars only show the score (a survey already given) */
  onChange?: (value: number) => void;
  /** class hook per star: `${hook}-${n}` (e.g. survey-star-speed-5) */
  hook: string;
}

export default function StarRating({ label, value, onChange, hook }: Props) {
  return (
    <View className={`star-rating ${hook}${onChange ? '' : ' star-rating--readonly'}`}>
      <View className="star-rating__head">
        <Text className="star-rating__label">{label}</Text>
        <Text className="star-rating__word">{WORDS[value] ?? ''}</Text>
      </View>
      <View className="star-rating__stars">
        {[1, 2, 3, 4, 5].map((n) => (
          <Text
            key={n}
            className={`star-rating__star ${hook}-${n}${n <= value ? ' star-rating__star--on' : ''}`}
            onClick={onChange ? () => onChange(n) : undefined}
          >
            ★
          </Text>
        ))}
      </View>
    </View>
  );
}

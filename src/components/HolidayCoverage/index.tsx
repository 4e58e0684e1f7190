// Where a year's holiday arrangement comes from: 国务院已公布 (green), 管理员录入 (blue, with its source and who saved
// it when), or only the fixed dates so far (amber, with what to do about it).
import { Text, View } from '@tarojs/components';
import type { HolidayYear } from '../../api';
import { clockWords } from '../../time-words';
import Card from '../Card';
import './index.scss';

const TONES = { published: 'ok', entered: 'progress', 'statutory-only': 'warn' } as const;

interface Props {
  year: HolidayYear;
  now: Date;
  /** the reader may import or enter it */
  admin: boolean;
}

export default function HolidayCoverage({ year, now, admin }: Props) {
  return (
    <Card className="holidays-coverage">
      <Text
        className={`holiday-coverage__tag holiday-coverage__tag--${TONES[year.coverage]} coverage-${year.coverage}`}
      >
        {year.coverageLabel}
      </Text>
      {year.source ? (
        <View className="holiday-coverage__line">
          来源：{year.source}
          {year.updatedByName && year.updatedAt
            ? ` · ${year.updatedByName} 于 ${clockWords(year.updatedAt, now)} 保存`
            : ''}
        </View>
      ) : null}
      {year.coverage === 'statutory-only' ? (
        <View className="holiday-coverage__notice holidays-notice">
          {admin
            ? '国务院公布后，请导入通知或逐日录入；值班表、服务时限与派单随即按录入的安排计算'
            : '国务院公布后由管理员导入或录入；在此之前值班表与服务时限仅按固定日期计算'}
        </View>
      ) : null}
    </Card>
  );
}

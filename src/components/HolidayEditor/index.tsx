// Editing a year's arrangement day by day: each row a date, 放假 or 调休上班, and the festival's name (checked with the
// shared schema), removable; 添加一天 below.
import { Input, Text, View } from '@tarojs/components';
import type { HolidayDay } from '../../api';
import ChoiceChips from '../ChoiceChips';
import PrimaryButton from '../PrimaryButton';
import './index.scss';

export interface HolidayRow extends HolidayDay {
  key: string;
}

const KINDS: { key: HolidayDay['kind']; label: string }[] = [
  { key: 'holiday', label: '放假' },
  { key: 'makeup', label: '调休上班' },
];

let seq = 0;
export function holidayRow(day: Partial<HolidayDay> = {}): HolidayRow {
  return { key: `h${++seq}`, date: '', kind: 'holiday', name: '', ...day };
}

interface Props {
  rows: HolidayRow[];
  onChange: (rows: HolidayRow[]) => void;
  /** each row's problem, by key */
  errors: Record<string, string>;
  /** the year the dates belong to (the placeholder) */
  year: number;
}

export default function HolidayEditor({ rows, onChange, errors, year }: Props) {
  const edit = (key: string, patch: Partial<HolidayDay>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const last = rows[rows.length - 1];
  return (
    <View className="holiday-editor">
      {rows.map((row, i) => (
        <View key={row.key} className={`holiday-row holiday-row-${i}${errors[row.key] ? ' holiday-row--invalid' : ''}`}>
          <View className="holiday-row__line">
            <Input
              className="holiday-row__date holiday-date"
              value={row.date}
              maxlength={10}
              placeholder={`${year}-01-01`}
              placeholderClass="form-field__placeholder"
              onInput={(e) => edit(row.key, { date: e.detail.value.trim() })}
            />
            <Input
              className="holiday-row__name holiday-name"
              value={row.name}
              maxlength={20}
              placeholder="节日名称"
              placeholderClass="form-field__placeholder"
              onInput={(e) => edit(row.key, { name: e.detail.value })}
            />
            <Text
              className="holiday-row__remove holiday-remove"
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
            >
              删除
            </Text>
          </View>
          <ChoiceChips
            options={KINDS}
            value={row.kind}
            onChange={(kind) => edit(row.key, { kind })}
            hook={`holiday-kind-${i}`}
          />
          {errors[row.key] ? <View className="holiday-row__error">{errors[row.key]}</View> : null}
        </View>
      ))}
      <View className="holiday-editor__add">
        <PrimaryButton
          className="holiday-add"
          secondary
          size="normal"
          onClick={() => onChange([...rows, holidayRow({ name: last?.name ?? '' })])}
        >
          添加一天
        </PrimaryButton>
      </View>
    </View>
  );
}

// Parts used: add and remove rows (name, quantity, unit price); out of warranty the parts are billed at cost, before
// acceptance the contract applies (the warranty's terms say which, in the service's words).
import { Input, Text, View } from '@tarojs/components';
import './index.scss';

export interface PartRow {
  key: string;
  name: string;
  quantity: string;
  unitPrice: string;
}

interface Props {
  rows: PartRow[];
  onChange: (rows: PartRow[]) => void;
  billable: boolean;
  /** the ticket's warranty terms (在保：维修与配件免费 · 已过保：… · 未验收（项目交付期）：…) */
  terms: string;
  error?: string | null;
}

let seq = 0;
export function newPartRow(): PartRow {
  return { key: `p${++seq}`, name: '', quantity: '1', unitPrice: '' };
}

export default function PartsEditor({ rows, onChange, billable, terms, error }: Props) {
  const edit = (key: string, patch: Partial<PartRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <View className="parts-editor">
      <View className={`parts-editor__billing${billable ? ' parts-editor__billing--billed' : ''}`}>
        {terms}
        {billable ? '，请填写配件单价（元）' : '，配件单价可不填'}
      </View>
      {rows.map((row, i) => (
        <View key={row.key} className={`part-row part-row-${i}`}>
          <Input
            className="part-row__name part-name"
            value={row.name}
            maxlength={60}
            placeholder="配件名称"
            placeholderClass="form-field__placeholder"
            onInput={(e) => edit(row.key, { name: e.detail.value })}
          />
          <Input
            className="part-row__quantity part-quantity"
            type="number"
            value={row.quantity}
            maxlength={3}
            placeholder="数量"
            placeholderClass="form-field__placeholder"
            onInput={(e) => edit(row.key, { quantity: e.detail.value })}
          />
          <Input
            className="part-row__price part-price"
            type="digit"
            value={row.unitPrice}
            maxlength={10}
            placeholder="单价"
            placeholderClass="form-field__placeholder"
            onInput={(e) => edit(row.key, { unitPrice: e.detail.value })}
          />
          <Text
            className="part-row__remove part-remove"
            onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
          >
            删除
          </Text>
        </View>
      ))}
      {error ? <View className="form-field__error">{error}</View> : null}
      <View className="parts-editor__add parts-add" onClick={() => onChange([...rows, newPartRow()])}>
        + 添加配件
      </View>
    </View>
  );
}

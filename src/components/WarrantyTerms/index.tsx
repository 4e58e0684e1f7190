// A warranty in one line, as the service words it: the badge (在保 …), what applies (维修与配件免费 · 项目交付期：按合同
// 处理…) and 保修至 <lastDay> — on the report form, ticket facts, the inbox, the resolve and assign pages.
import { Text, View } from '@tarojs/components';
import { warrantyWords, type WarrantyFacts } from '../../warranty-words';
import WarrantyBadge from '../WarrantyBadge';
import './index.scss';

interface Props {
  warranty: WarrantyFacts;
  /** leave out 保修至 (a card line with little room) */
  compact?: boolean;
  className?: string;
}

export default function WarrantyTerms({ warranty, compact, className }: Props) {
  const words = warrantyWords(warranty);
  return (
    <View className={`warranty-terms warranty-terms--${words.tone} ticket-warranty ${className ?? ''}`}>
      <WarrantyBadge state={warranty.state} label={words.word} className="warranty-terms__badge" />
      <Text className="warranty-terms__detail">{words.detail}</Text>
      {words.until && !compact ? <Text className="warranty-terms__until">{words.until}</Text> : null}
    </View>
  );
}

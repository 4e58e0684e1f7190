// Severity as one plain question (UX.md): "系统是否已停止运行?" — 是 means a major fault, and what that brings.
import { Text, View } from '@tarojs/components';
import { SLA_MINUTES } from '../../../core/sla/deadlines';
import type { Severity } from '../../api';
import './index.scss';

interface Props {
  value: Severity;
  onChange: (severity: Severity) => void;
}

const EXPLAIN: Record<Severity, string> = {
  major: `按重大故障处理：${SLA_MINUTES.respond.major} 分钟内响应，专家团队同步介入，${SLA_MINUTES.plan / 60} 小时内给出解决方案`,
  common: `按一般故障处理：${SLA_MINUTES.respond.common} 分钟内响应，能远程解决的先远程处理`,
};

export default function SeverityQuestion({ value, onChange }: Props) {
  return (
    <View className="severity-question">
      <View className="severity-question__options">
        <View
          className={`severity-option severity-major${value === 'major' ? ' severity-option--on' : ''}`}
          onClick={() => onChange('major')}
        >
          <Text className="severity-option__title">是，已停止运行</Text>
        </View>
        <View
          className={`severity-option severity-common${value === 'common' ? ' severity-option--on' : ''}`}
          onClick={() => onChange('common')}
        >
          <Text className="severity-option__title">否，还能使用</Text>
        </View>
      </View>
      <View className={`severity-question__explain severity-question__explain--${value}`}>{EXPLAIN[value]}</View>
    </View>
  );
}

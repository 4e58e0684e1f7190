// 故障处理报告: cause, actions, parts (billed at cost out of warranty), mode, handler with signature, times; download.
import { Image, Text, View } from '@tarojs/components';
import type { FaultReport } from '../../api';
import { previewImages } from '../../shims/media';
import { fullTime } from '../../time-words';
import KeyValue from '../KeyValue';
import PrimaryButton from '../PrimaryButton';
import './index.scss';

interface Props {
  report: FaultReport;
  /** the ticket is billed (out of warranty): parts at cost */
  billable: boolean;
  /** the ticket's warranty terms, said when the parts are not billed (在保：… · 未验收（项目交付期）：…) */
  terms: string;
  /** 反馈给研发 is for staff */
  showFeedback?: boolean;
  onDownload?: () => void;
  downloading?: boolean;
}

const yuan = (n: number) => `¥${n.toFixed(2)}`;

export default function FaultReportCard({ report, billable, terms, showFeedback, onDownload, downloading }: Props) {
  const priced = report.partsUsed.filter((p) => typeof p.unitPrice === 'number');
  const partsTotal = priced.reduce((sum, p) => sum + (p.unitPrice ?? 0) * p.quantity, 0);
  return (
    <View className="fault-report">
      <View className="fault-report__head">
        <Text className="fault-report__title">故障处理报告</Text>
        <Text className="fault-report__no">{report.no}</Text>
      </View>
      <KeyValue label="处理方式" className="fault-report__mode">
        {report.mode === 'remote' ? '远程处理' : '现场处理'}
      </KeyValue>
      <KeyValue label="故障原因" className="fault-report__cause">
        {report.cause}
      </KeyValue>
      <KeyValue label="处理措施" className="fault-report__actions">
        {report.actions}
      </KeyValue>
      <KeyValue label="更换配件" className="fault-report__parts">
        {report.partsUsed.length === 0 ? (
          '无'
        ) : (
          <View>
            {report.partsUsed.map((p, i) => (
              <View key={i} className="fault-report__part">
                {p.name} × {p.quantity}
                {billable && typeof p.unitPrice === 'number' ? `（单价 ${yuan(p.unitPrice)}）` : ''}
              </View>
            ))}
            <View className="fault-report__billing">
              {billable ? (priced.length > 0 ? `${terms}，配件合计 ${yuan(partsTotal)}` : terms) : terms}
            </View>
          </View>
        )}
      </KeyValue>
      {showFeedback && report.productFeedback ? <KeyValue label="反馈研发">{report.productFeedback}</KeyValue> : null}
      <KeyValue label="处理人">{report.handlerName}</KeyValue>
      <KeyValue label="完成时间">{fullTime(report.resolvedAt)}</KeyValue>
      <KeyValue label="处理人签名">
        <Image
          className="fault-report__signature"
          src={report.handlerSignatureUrl}
          mode="aspectFit"
          onClick={() => previewImages([report.handlerSignatureUrl], report.handlerSignatureUrl)}
        />
      </KeyValue>
      {onDownload ? (
        <View className="fault-report__download">
          <PrimaryButton
            className="fault-report-download"
            secondary
            size="normal"
            loading={downloading}
            disabled={downloading}
            onClick={onDownload}
          >
            下载报告
          </PrimaryButton>
        </View>
      ) : null}
    </View>
  );
}

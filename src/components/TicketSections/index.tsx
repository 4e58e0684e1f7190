// Sections every ticket page shows the same way: the expert plan and the fault report (each once there is one), and
// 处理进度, the timeline.
import { View } from '@tarojs/components';
import type { Ticket } from '../../api';
import Card from '../Card';
import ExpertPlan from '../ExpertPlan';
import FaultReportCard from '../FaultReportCard';
import Timeline from '../Timeline';

interface PlanAndReportProps {
  ticket: Ticket;
  now: Date;
  /** the report card's class on this page */
  reportClassName: string;
  /** 反馈给研发 is for staff */
  showFeedback?: boolean;
  onDownload: () => void;
  downloading?: boolean;
}

export function PlanAndReport({
  ticket,
  now,
  reportClassName,
  showFeedback,
  onDownload,
  downloading,
}: PlanAndReportProps) {
  return (
    <>
      {ticket.plan ? (
        <Card className="ticket-plan">
          <ExpertPlan plan={ticket.plan} now={now} />
        </Card>
      ) : null}

      {ticket.report ? (
        <Card className={reportClassName}>
          <FaultReportCard
            report={ticket.report}
            billable={ticket.billable}
            terms={ticket.warranty.terms}
            showFeedback={showFeedback}
            onDownload={onDownload}
            downloading={downloading}
          />
        </Card>
      ) : null}
    </>
  );
}

export function ProgressTimeline({ ticket, now }: { ticket: Ticket; now: Date }) {
  return (
    <>
      <View className="section-title">处理进度</View>
      <Card className="ticket-timeline">
        <Timeline events={ticket.events ?? []} now={now} />
      </Card>
    </>
  );
}

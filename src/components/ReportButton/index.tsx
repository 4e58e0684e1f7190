// 一键报修: the big button on 首页, straight to the report form.
import { View } from '@tarojs/components';
import { openPage, PAGES } from '../../navigation';
import PrimaryButton from '../PrimaryButton';
import './index.scss';

export default function ReportButton() {
  return (
    <View className="report-button">
      <PrimaryButton className="report-button__button" onClick={() => openPage(PAGES.report)}>
        一键报修
      </PrimaryButton>
      <View className="report-button__hint">设备故障？工程师 7×24 小时响应</View>
    </View>
  );
}

// 一键报修: the big button on 首页. Until the report form ships it offers the 7×24 hotline (the plan's fallback).
import { View } from '@tarojs/components';
import { offerHotlineForReport } from '../../hotline';
import PrimaryButton from '../PrimaryButton';
import './index.scss';

export default function ReportButton() {
  return (
    <View className="report-button">
      <PrimaryButton className="report-button__button" onClick={offerHotlineForReport}>
        一键报修
      </PrimaryButton>
      <View className="report-button__hint">设备故障？工程师 7×24 小时响应</View>
    </View>
  );
}

// A form field: label (with * when required), an optional hint, the control, and its error in red beneath.
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './index.scss';

interface Props {
  label: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string | null;
  children: ReactNode;
  className?: string;
}

export default function FormField({ label, required, hint, error, children, className }: Props) {
  return (
    <View className={`form-field ${error ? 'form-field--invalid' : ''} ${className ?? ''}`}>
      <View className="form-field__label">
        {label}
        {required ? <Text className="form-field__required">*</Text> : null}
      </View>
      {hint ? <View className="form-field__hint">{hint}</View> : null}
      {children}
      {error ? <View className="form-field__error">{error}</View> : null}
    </View>
  );
}

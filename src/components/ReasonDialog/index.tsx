// Asks for a reason before a move that needs one (拒单, 重新报修, 取消报修): the text is checked with the shared schema.
import { useEffect, useState } from 'react';
import { Textarea, View } from '@tarojs/components';
import Dialog from '@nutui/nutui-react-taro/dist/es/packages/dialog';
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css';
import './index.scss';

interface Props {
  visible: boolean;
  title: string;
  placeholder: string;
  confirmText: string;
  /** a line under the title: what happens next */
  hint?: string;
  /** the problem with the text, or null (from the action's schema) */
  validate?: (reason: string) => string | null;
  /** resolves when done (the dialog closes); rejects to keep it open with the text */
  onConfirm: (reason: string) => Promise<void>;
  onClose: () => void;
  className?: string;
}

export default function ReasonDialog({
  visible,
  title,
  placeholder,
  confirmText,
  hint,
  validate,
  onConfirm,
  onClose,
  className,
}: Props) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!visible) setError(null);
  }, [visible]);

  const confirm = async () => {
    const problem = validate?.(reason) ?? null;
    setError(problem);
    if (problem) throw new Error(problem); // keeps the dialog open
    await onConfirm(reason.trim());
    setReason('');
  };

  return (
    <Dialog
      className={`reason-dialog ${className ?? ''}`}
      visible={visible}
      title={title}
      confirmText={confirmText}
      cancelText="返回"
      closeOnOverlayClick={false}
      onConfirm={confirm}
      onCancel={onClose}
      onClose={onClose}
    >
      {hint ? <View className="reason-dialog__hint">{hint}</View> : null}
      <Textarea
        className={`reason-dialog__input${error ? ' reason-dialog__input--invalid' : ''}`}
        value={reason}
        placeholder={placeholder}
        maxlength={200}
        autoHeight={false}
        onInput={(e) => {
          setReason(e.detail.value);
          if (error) setError(null);
        }}
      />
      {error ? <View className="reason-dialog__error">{error}</View> : null}
    </Dialog>
  );
}

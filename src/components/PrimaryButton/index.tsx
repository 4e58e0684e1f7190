// The screen's one green action (NutUI Button, per-component import and style to keep the package small).
import type { ReactNode } from 'react';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';

interface Props {
  children: ReactNode;
  onClick: () => void;
  className?: string;
  /** secondary: outlined, for the less important action beside the primary one */
  secondary?: boolean;
  size?: 'large' | 'normal' | 'small';
  loading?: boolean;
  disabled?: boolean;
  block?: boolean;
}

export default function PrimaryButton({
  children,
  onClick,
  className,
  secondary,
  size = 'large',
  loading,
  disabled,
  block = true,
}: Props) {
  return (
    <Button
      className={className}
      type={secondary ? 'default' : 'primary'}
      fill={secondary ? 'outline' : 'solid'}
      size={size}
      block={block}
      loading={loading}
      disabled={disabled}
      onClick={() => onClick()}
    >
      {children}
    </Button>
  );
}

// The handler's signature, drawn with a finger (WeChat) or mouse/touch (browser) on a 2d Canvas, exported as PNG.
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { Canvas, Text, View } from '@tarojs/components';
import {
  attachSurface,
  touchProps,
  type Point,
  type StrokeHandlers,
  type Surface,
} from '../../shims/signature-surface';
import './index.scss';

export interface SignaturePadHandle {
  isEmpty: () => boolean;
  clear: () => void;
  /** the signature as a PNG (temp path or data: URL, for uploadFile) */
  exportPng: () => Promise<string>;
}

const CANVAS_ID = 'signature-pad-canvas';
const INK = '#191919';

function paintBlank(s: Surface): void {
  s.ctx.save();
  s.ctx.fillStyle = '#ffffff';
  s.ctx.fillRect(0, 0, s.width, s.height);
  s.ctx.restore();
  s.ctx.strokeStyle = INK;
  s.ctx.fillStyle = INK;
  s.ctx.lineWidth = 3;
  s.ctx.lineCap = 'round';
  s.ctx.lineJoin = 'round';
}

const SignaturePad = forwardRef<SignaturePadHandle, { onChange?: (empty: boolean) => void }>(function SignaturePad(
  { onChange },
  ref,
) {
  const surface = useRef<Surface | null>(null);
  const last = useRef<Point | null>(null);
  const inked = useRef(false);
  const [empty, setEmpty] = useState(true);
  const [broken, setBroken] = useState(false);
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  }, [onChange]);

  const handlers = useMemo<StrokeHandlers>(
    () => ({
      start: (p) => {
        const s = surface.current;
        if (!s) return;
        last.current = p;
        s.ctx.beginPath();
        s.ctx.arc(p.x, p.y, 1.5, 0, Math.PI * 2);
        s.ctx.fill();
      },
      move: (p) => {
        const s = surface.current;
        const from = last.current;
        if (!s || !from) return;
        s.ctx.beginPath();
        s.ctx.moveTo(from.x, from.y);
        s.ctx.lineTo(p.x, p.y);
        s.ctx.stroke();
        last.current = p;
        if (!inked.current) {
          inked.current = true;
          setEmpty(false);
        }
      },
      end: () => {
        last.current = null;
        // Every finished stroke changes the signature (an upload of the old one is stale).
        if (inked.current) changed.current?.(false);
      },
    }),
    [],
  );

  useEffect(() => {
    let alive = true;
    const timer = setTimeout(() => {
      attachSurface(CANVAS_ID, handlers)
        .then((s) => {
          if (!alive) return s.detach();
          surface.current = s;
          paintBlank(s);
        })
        .catch(() => alive && setBroken(true));
    }, 50);
    return () => {
      alive = false;
      clearTimeout(timer);
      surface.current?.detach();
      surface.current = null;
    };
  }, [handlers]);

  const clear = () => {
    if (surface.current) paintBlank(surface.current);
    inked.current = false;
    setEmpty(true);
    changed.current?.(true);
  };

  useImperativeHandle(ref, () => ({
    isEmpty: () => !inked.current,
    clear,
    exportPng: () => {
      if (!surface.current) return Promise.reject(new Error('签名板未就绪'));
      return surface.current.exportPng();
    },
  }));

  return (
    <View className="signature-pad">
      <Canvas
        type="2d"
        id={CANVAS_ID}
        canvasId={CANVAS_ID}
        className="signature-pad__canvas"
        disableScroll
        {...touchProps(handlers)}
      />
      {empty ? <Text className="signature-pad__hint">请在此处签名</Text> : null}
      {broken ? <View className="signature-pad__broken">签名板加载失败，请返回重试</View> : null}
      <View className="signature-pad__tools">
        <Text className="signature-pad__clear signature-clear" onClick={clear}>
          清除重签
        </Text>
      </View>
    </View>
  );
});

export default SignaturePad;

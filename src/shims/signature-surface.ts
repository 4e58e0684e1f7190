// The drawing surface under the signature pad: a 2d Canvas sized for the screen, fed by touch (WeChat) or pointer
// events (a browser: mouse, pen or finger), exported to PNG. The only place that knows how each platform does it.
import Taro from '@tarojs/taro';
import type { CanvasTouchEvent } from '@tarojs/components';

export interface Point {
  x: number;
  y: number;
}

export interface StrokeHandlers {
  start: (p: Point) => void;
  move: (p: Point) => void;
  end: () => void;
}

export interface Surface {
  ctx: CanvasRenderingContext2D;
  /** CSS pixels */
  width: number;
  height: number;
  /** the drawing as a PNG: a temp file path (weapp) or a data: URL (H5) — what uploadFile takes */
  exportPng: () => Promise<string>;
  detach: () => void;
}

const isWeapp = process.env.TARO_ENV === 'weapp';

/** The Canvas's own touch props on weapp (coordinates relative to the canvas); nothing on H5 (see attachSurface). */
export function touchProps(handlers: StrokeHandlers) {
  if (!isWeapp) return {};
  const at = (e: CanvasTouchEvent): Point | null => {
    const t = e.touches[0];
    return t ? { x: t.x, y: t.y } : null;
  };
  return {
    onTouchStart: (e: CanvasTouchEvent) => {
      const p = at(e);
      if (p) handlers.start(p);
    },
    onTouchMove: (e: CanvasTouchEvent) => {
      const p = at(e);
      if (p) handlers.move(p);
    },
    onTouchEnd: () => handlers.end(),
    onTouchCancel: () => handlers.end(),
  };
}

function pixelRatio(): number {
  try {
    return Taro.getWindowInfo().pixelRatio || 1;
  } catch {
    return typeof window !== 'undefined' ? window.devicePixelRatio || 1 : 1;
  }
}

/** The canvas element of `<Canvas id={id} type="2d">`, sized for the screen, once it is on screen. */
export function attachSurface(id: string, handlers: StrokeHandlers): Promise<Surface> {
  return isWeapp ? attachWeapp(id) : attachH5(id, handlers);
}

/** Tries for a moment: the canvas node exists only once the page's render has reached the view layer. */
function retrying<T>(find: () => Promise<T | null>, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    let tries = 0;
    const attempt = () => {
      void find().then((found) => {
        if (found) resolve(found);
        else if (++tries > 50) reject(new Error(`${what} not found`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

interface CanvasNode {
  node: Taro.Canvas;
  width: number;
  height: number;
}

function attachWeapp(id: string): Promise<Surface> {
  const query = () =>
    new Promise<CanvasNode | null>((resolve) => {
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .exec((res: Array<Partial<CanvasNode> | null>) => {
          const found = res[0];
          resolve(found?.node ? (found as CanvasNode) : null);
        });
    });
  return retrying(query, 'signature canvas').then(({ node: canvas, width, height }) => {
    const dpr = pixelRatio();
    canvas.width = width * dpr;
    canvas.height = height * dpr;
    const ctx = canvas.getContext('2d') as unknown as CanvasRenderingContext2D;
    ctx.scale(dpr, dpr);
    return {
      ctx,
      width,
      height,
      exportPng: () =>
        Taro.canvasToTempFilePath({ canvas, fileType: 'png' } as Taro.canvasToTempFilePath.Option).then(
          (r) => r.tempFilePath,
        ),
      detach: () => undefined,
    };
  });
}

function attachH5(id: string, handlers: StrokeHandlers): Promise<Surface> {
  const find = async () => {
    // Taro's H5 Canvas is a custom element wrapping a real <canvas>.
    const host = document.getElementById(id);
    const canvas =
      host?.tagName.toLowerCase() === 'canvas' ? (host as HTMLCanvasElement) : host?.querySelector('canvas');
    const rect = canvas?.getBoundingClientRect();
    return canvas && rect && rect.width > 0 ? { canvas, rect } : null;
  };
  return retrying(find, 'signature canvas').then(({ canvas, rect }) => setUpH5(canvas, rect, handlers));
}

function setUpH5(canvas: HTMLCanvasElement, rect: DOMRect, handlers: StrokeHandlers): Surface {
  const dpr = pixelRatio();
  canvas.width = Math.round(rect.width * dpr);
  canvas.height = Math.round(rect.height * dpr);
  canvas.style.touchAction = 'none';
  const ctx = canvas.getContext('2d')!;
  ctx.scale(dpr, dpr);

  let drawing = false;
  const at = (e: PointerEvent): Point => {
    const r = canvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const down = (e: PointerEvent) => {
    if (e.button !== 0 && e.pointerType === 'mouse') return;
    e.preventDefault();
    drawing = true;
    canvas.setPointerCapture?.(e.pointerId);
    handlers.start(at(e));
  };
  const move = (e: PointerEvent) => {
    if (!drawing) return;
    e.preventDefault();
    handlers.move(at(e));
  };
  const up = () => {
    if (!drawing) return;
    drawing = false;
    handlers.end();
  };
  canvas.addEventListener('pointerdown', down);
  canvas.addEventListener('pointermove', move);
  canvas.addEventListener('pointerup', up);
  canvas.addEventListener('pointercancel', up);
  canvas.addEventListener('pointerleave', up);

  return {
    ctx,
    width: rect.width,
    height: rect.height,
    exportPng: async () => canvas.toDataURL('image/png'),
    detach: () => {
      canvas.removeEventListener('pointerdown', down);
      canvas.removeEventListener('pointermove', move);
      canvas.removeEventListener('pointerup', up);
      canvas.removeEventListener('pointercancel', up);
      canvas.removeEventListener('pointerleave', up);
    },
  };
}

import type { CSSProperties, ReactNode } from 'react';
import { palette } from './palette';

// Building blocks of the campaign look, for satori: a till receipt with a torn bottom edge.

/** The outline of a receipt whose bottom edge is torn into teeth of `tooth` px. */
export function receiptPath(width: number, height: number, tooth: number): string {
  const teeth = Math.max(1, Math.round(width / (tooth * 2)));
  const step = width / teeth;
  let d = `M0 0H${width}V${height - tooth}`;
  for (let i = teeth; i > 0; i -= 1) d += `L${(i - 0.5) * step} ${height}L${(i - 1) * step} ${height - tooth}`;
  return `${d}Z`;
}

type PaperProps = { width: number; height: number; tooth?: number; fill?: string; style?: CSSProperties; children?: ReactNode };

/** Receipt paper with content on it; the paper is an SVG shape behind a flex column. */
export function Paper({ width, height, tooth = 18, fill = palette.paper, style, children }: PaperProps) {
  return (
    <div style={{ display: 'flex', position: 'relative', width, height, ...style }}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} style={{ position: 'absolute', left: 0, top: 0 }}>
        <path d={receiptPath(width, height, tooth)} fill={fill} />
      </svg>
      {/* Positioned too, so it paints above the paper (positioned boxes paint over static ones). */}
      <div style={{ display: 'flex', flexDirection: 'column', position: 'relative', width, height, paddingBottom: tooth }}>{children}</div>
    </div>
  );
}

type IconProps = { width: number; paper: string; ink: string; accent?: string };

/** The logo's mark: a small receipt with three printed lines and a total in the accent colour. */
export function ReceiptMark({ width, paper, ink, accent = palette.accent }: IconProps) {
  const height = Math.round(width * 1.4);
  const w = 100;
  const h = 140;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${w} ${h}`}>
      <path d={receiptPath(w, h, 9)} fill={paper} />
      <rect x="16" y="22" width="68" height="8" rx="2" fill={ink} />
      <rect x="16" y="44" width="46" height="7" rx="2" fill={ink} />
      <rect x="70" y="44" width="14" height="7" rx="2" fill={ink} />
      <rect x="16" y="62" width="38" height="7" rx="2" fill={ink} />
      <rect x="70" y="62" width="14" height="7" rx="2" fill={ink} />
      <rect x="16" y="80" width="44" height="7" rx="2" fill={ink} />
      <rect x="70" y="80" width="14" height="7" rx="2" fill={ink} />
      <rect x="16" y="97" width="68" height="3" fill={ink} />
      <rect x="16" y="103" width="68" height="3" fill={ink} />
      <rect x="16" y="113" width="30" height="9" rx="2" fill={accent} />
      <rect x="56" y="113" width="28" height="9" rx="2" fill={accent} />
    </svg>
  );
}

/** A dashed rule, as printed between the parts of a receipt. */
export function DashedRule({ color = palette.rule, margin = 20 }: { color?: string; margin?: number }) {
  return <div style={{ display: 'flex', borderTop: `4px dashed ${color}`, marginTop: margin, marginBottom: margin }} />;
}

/** The double rule above a receipt's total. */
export function DoubleRule({ color = palette.ink, margin = 20 }: { color?: string; margin?: number }) {
  return <div style={{ display: 'flex', borderTop: `10px double ${color}`, marginTop: margin, marginBottom: margin }} />;
}

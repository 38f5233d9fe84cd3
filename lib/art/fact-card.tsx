import type { CardLayout, Item } from './fact-card-layout';
import { ruleThickness } from './fact-card-layout';
import { fontFaces } from './measure';
import { palette } from './palette';
import { receiptPath } from './parts';
import { ThemeArt } from './themes';

// A fact's card for satori: the laid-out receipt (lib/art/fact-card-layout.ts) on the campaign's
// night blue. Every line is placed where the layout measured it and never wraps again ('pre').

function Piece({ item }: { item: Item }) {
  if (item.kind === 'art')
    return (
      <div style={{ display: 'flex', position: 'absolute', left: item.x, top: item.y, color: palette.ink }}>
        <ThemeArt theme={item.theme} size={item.size} accent={palette.accent} />
      </div>
    );
  if (item.kind === 'chart')
    return (
      <svg
        width={item.width}
        height={item.height}
        viewBox={`0 0 ${item.width} ${item.height}`}
        style={{ position: 'absolute', left: item.x, top: item.y }}
      >
        <line x1={0} x2={item.width} y1={item.baseline} y2={item.baseline} stroke={palette.rule} strokeWidth={2} />
        <g fill="none" stroke={palette.accent} strokeWidth={item.stroke} strokeLinecap="round" strokeLinejoin="round">
          {item.measured ? <path d={item.measured} /> : null}
          {item.gaps ? <path d={item.gaps} strokeDasharray={`${item.stroke * 2} ${item.stroke * 3}`} /> : null}
        </g>
        {item.dots.map((dot, index) => (
          <circle key={index} cx={dot.x} cy={dot.y} r={item.radius} fill={palette.accent} />
        ))}
      </svg>
    );
  if (item.kind === 'text') {
    const face = fontFaces[item.font];
    return (
      <div
        style={{
          display: 'flex',
          position: 'absolute',
          left: item.x,
          top: item.y,
          height: item.lineHeight,
          fontFamily: face.family,
          fontWeight: face.weight,
          fontSize: item.size,
          lineHeight: `${item.lineHeight}px`,
          color: item.color,
          whiteSpace: 'pre',
        }}
      >
        {item.text}
      </div>
    );
  }
  const border =
    item.kind === 'dashed' ? `${ruleThickness.dashed}px dashed ${palette.rule}` : `${ruleThickness.double}px double ${palette.ink}`;
  return <div style={{ display: 'flex', position: 'absolute', left: item.x, top: item.y, width: item.width, borderTop: border }} />;
}

export function FactCard({ layout }: { layout: CardLayout }) {
  const { paper } = layout;
  return (
    <div style={{ display: 'flex', position: 'relative', width: layout.width, height: layout.height, background: palette.night }}>
      <svg
        width={paper.width}
        height={paper.height}
        viewBox={`0 0 ${paper.width} ${paper.height}`}
        style={{ position: 'absolute', left: paper.x, top: paper.y }}
      >
        <path d={receiptPath(paper.width, paper.height, paper.tooth)} fill={palette.paper} />
      </svg>
      {layout.items.map((item, index) => (
        <Piece key={index} item={item} />
      ))}
    </div>
  );
}

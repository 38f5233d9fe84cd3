import { accentOnNight, palette } from './palette';
import { ThemeArt, type Theme } from './themes';
import { DashedRule, DoubleRule, Paper, ReceiptMark } from './parts';

export { shareCardSize } from '@/lib/share-image';

type Props = { kicker: string; title: string; description: string; total: string; totalValue: string; domain: string; theme?: Theme };

// Long text is cut at a word, so a title never runs off the paper.
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max - 1))}…`);

/** A page's link preview: its title and description printed on the campaign's receipt, beside its theme's drawing. */
export function ShareCard({ kicker, title, description, total, totalValue, domain, theme }: Props) {
  return (
    <div style={{ display: 'flex', width: 1200, height: 630, background: palette.night, fontFamily: 'Sans', color: palette.ink }}>
      <Paper width={780} height={610} tooth={16} style={{ marginLeft: 56, marginTop: 0 }}>
        <div style={{ display: 'flex', flexDirection: 'column', padding: '40px 52px 0', height: '100%' }}>
          <div
            style={{
              display: 'flex',
              fontFamily: 'Mono',
              fontSize: 22,
              letterSpacing: 6,
              color: palette.muted,
              textTransform: 'uppercase',
            }}
          >
            {`*** ${kicker} ***`}
          </div>
          <DashedRule margin={18} />
          <div style={{ display: 'flex', fontSize: 52, fontWeight: 700, lineHeight: 1.12 }}>{clip(title, 70)}</div>
          <div style={{ display: 'flex', fontSize: 27, lineHeight: 1.4, color: palette.muted, marginTop: 20 }}>
            {clip(description, 165)}
          </div>
          <div style={{ display: 'flex', flexGrow: 1 }} />
          <DoubleRule margin={14} />
          <div
            style={{
              display: 'flex',
              justifyContent: 'space-between',
              fontFamily: 'Mono',
              fontWeight: 600,
              fontSize: 28,
              color: palette.accent,
              textTransform: 'uppercase',
              marginBottom: 28,
            }}
          >
            <span>{total}</span>
            <span>{totalValue}</span>
          </div>
        </div>
      </Paper>
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'center',
          justifyContent: 'center',
          flexGrow: 1,
          color: palette.onNight,
        }}
      >
        {/* A theme page shows its own drawing; every other page the campaign's receipt. */}
        {theme ? (
          <ThemeArt theme={theme} size={220} accent={accentOnNight} />
        ) : (
          <ReceiptMark width={170} paper={palette.paper} ink={palette.night} />
        )}
        <div style={{ display: 'flex', fontFamily: 'Mono', fontSize: 21, marginTop: 30 }}>{domain}</div>
      </div>
    </div>
  );
}

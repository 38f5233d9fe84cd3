import type { ReactNode } from 'react';
import type { KitItemId } from '@/lib/press/kit';
import { palette } from './palette';
import { DashedRule, DoubleRule, Paper, ReceiptMark } from './parts';

export type ArtText = Record<string, string>;

/** The logo: the receipt mark and the campaign name. `negative` is for dark backgrounds. */
function Logo({ name, negative }: { name: string; negative: boolean }) {
  const ink = negative ? palette.paper : palette.night;
  const [first, ...rest] = name.split(' ');
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        width: 960,
        height: 320,
        padding: '0 40px',
        color: ink,
        fontFamily: 'Mono',
        fontWeight: 600,
      }}
    >
      <ReceiptMark width={170} paper={ink} ink={negative ? palette.night : palette.paper} accent={palette.accent} />
      <div style={{ display: 'flex', flexDirection: 'column', marginLeft: 44, fontSize: 74, lineHeight: 1.05 }}>
        <span>{`${first} ${rest.slice(0, -1).join(' ')}`.trim()}</span>
        <span style={{ borderBottom: `8px dotted ${palette.accent}`, paddingBottom: 6 }}>{rest.at(-1)}</span>
      </div>
    </div>
  );
}

function Line({ label }: { label: string }) {
  return (
    <div style={{ display: 'flex', alignItems: 'flex-end', fontSize: 56, marginTop: 34 }}>
      <span>{label}</span>
      <span style={{ display: 'flex', flexGrow: 1, borderBottom: `6px dotted ${palette.rule}`, margin: '0 18px 14px' }} />
      <span>?</span>
    </div>
  );
}

/** A barcode of fixed bars: decoration at the foot of the receipt. */
function Barcode() {
  const bars = [3, 1, 2, 1, 3, 2, 1, 1, 3, 1, 2, 2, 1, 3, 1, 1, 2, 3, 1, 2, 1, 1, 3, 2, 1, 2, 1, 3, 1, 1, 2, 1];
  return (
    <div style={{ display: 'flex', justifyContent: 'center', height: 90, marginTop: 40 }}>
      {bars.map((width, index) => (
        <div
          key={index}
          style={{
            display: 'flex',
            width: width * 5,
            height: 90,
            marginRight: 6,
            background: index % 5 === 4 ? palette.accent : palette.ink,
          }}
        />
      ))}
    </div>
  );
}

function ReceiptImage({ text }: { text: ArtText }) {
  return (
    <div
      style={{ display: 'flex', justifyContent: 'center', alignItems: 'flex-start', width: 1200, height: 1500, background: palette.night }}
    >
      <Paper width={900} height={1400} tooth={26} style={{ marginTop: -20, transform: 'rotate(-2deg)' }}>
        <div
          style={{
            display: 'flex',
            flexDirection: 'column',
            height: '100%',
            padding: '110px 80px 70px',
            fontFamily: 'Mono',
            color: palette.ink,
          }}
        >
          <div
            style={{
              display: 'flex',
              justifyContent: 'center',
              fontSize: 34,
              letterSpacing: 10,
              color: palette.muted,
              textTransform: 'uppercase',
            }}
          >{`*** ${text.receiptKicker} ***`}</div>
          <div
            style={{
              display: 'flex',
              justifyContent: 'center',
              textAlign: 'center',
              fontSize: 76,
              fontWeight: 600,
              lineHeight: 1.1,
              marginTop: 30,
            }}
          >
            {text.receiptTitle}
          </div>
          <DashedRule margin={44} />
          <Line label={text.health} />
          <Line label={text.environment} />
          <Line label={text.society} />
          <DoubleRule margin={56} />
          <div style={{ display: 'flex', flexDirection: 'column', color: palette.accent, fontWeight: 600 }}>
            <span style={{ fontSize: 64, textTransform: 'uppercase' }}>{text.total}</span>
            <span style={{ fontSize: 56, marginTop: 10 }}>{text.totalValue}</span>
          </div>
          <div style={{ display: 'flex', flexGrow: 1 }} />
          <Barcode />
        </div>
      </Paper>
    </div>
  );
}

// Five small icons, each a plain SVG drawing in the receipt's ink and accent colours.
const icons: ReactNode[] = [
  <svg key="pill" width="120" height="120" viewBox="0 0 120 120">
    <g transform="rotate(-35 60 60)">
      <path d="M60 38h26a22 22 0 0 1 0 44H60z" fill={palette.accent} />
      <path d="M60 38H34a22 22 0 0 0 0 44h26z" fill={palette.ink} />
    </g>
  </svg>,
  <svg key="lab" width="120" height="120" viewBox="0 0 120 120">
    <path d="M15 60 60 22l45 38v44H15z" fill={palette.ink} />
    <path d="M52 56h16v14l14 24H38l14-24z" fill={palette.paper} />
  </svg>,
  <svg key="barrel" width="120" height="120" viewBox="0 0 120 120">
    <rect x="30" y="18" width="60" height="84" rx="10" fill={palette.ink} />
    <rect x="30" y="40" width="60" height="6" fill={palette.paper} />
    <rect x="30" y="74" width="60" height="6" fill={palette.paper} />
    <path d="M8 110c20-12 40 6 60-4s30 2 44 4" stroke={palette.accent} strokeWidth="6" fill="none" />
  </svg>,
  <svg key="blast" width="120" height="120" viewBox="0 0 120 120">
    <path d="M60 8l10 30 30-16-12 30 32 8-30 12 18 28-32-12-8 30-12-30-30 14 16-28-30-14 32-6-14-30 30 16z" fill={palette.accent} />
  </svg>,
  <svg key="person" width="120" height="120" viewBox="0 0 120 120">
    <circle cx="60" cy="34" r="20" fill={palette.ink} />
    <path d="M24 110c0-30 16-48 36-48s36 18 36 48z" fill={palette.ink} />
    <rect x="74" y="70" width="30" height="22" rx="3" fill={palette.accent} />
  </svg>,
];

function ChainImage({ text }: { text: ArtText }) {
  const steps = [text.step1, text.step2, text.step3, text.step4, text.step5];
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        width: 1600,
        height: 900,
        background: palette.night,
        padding: '80px 70px',
        fontFamily: 'Mono',
        color: palette.onNight,
      }}
    >
      <div style={{ display: 'flex', fontSize: 64, fontWeight: 600 }}>{text.chainTitle}</div>
      <div style={{ display: 'flex', borderTop: `6px dashed ${palette.rule}`, marginTop: 30, width: 400 }} />
      <div style={{ display: 'flex', alignItems: 'center', marginTop: 90, marginLeft: 40 }}>
        {steps.map((step, index) => (
          <div key={step} style={{ display: 'flex', alignItems: 'center' }}>
            <Paper width={236} height={400} tooth={14}>
              <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', padding: '36px 18px 0', color: palette.ink }}>
                <span style={{ fontSize: 30, color: palette.muted }}>{`0${index + 1}`}</span>
                <div style={{ display: 'flex', marginTop: 24 }}>{icons[index]}</div>
                <span
                  style={{
                    display: 'flex',
                    textAlign: 'center',
                    justifyContent: 'center',
                    fontSize: 30,
                    fontWeight: 600,
                    lineHeight: 1.2,
                    marginTop: 30,
                  }}
                >
                  {step}
                </span>
              </div>
            </Paper>
            {index < steps.length - 1 ? <div style={{ display: 'flex', width: 50, borderTop: `6px dashed ${palette.accent}` }} /> : null}
          </div>
        ))}
      </div>
    </div>
  );
}

/** The artwork of one press kit item, in one language. */
export function kitArt(id: KitItemId, name: string, text: ArtText): ReactNode {
  if (id === 'logo') return <Logo name={name} negative={false} />;
  if (id === 'logo-negative') return <Logo name={name} negative />;
  if (id === 'receipt') return <ReceiptImage text={text} />;
  return <ChainImage text={text} />;
}

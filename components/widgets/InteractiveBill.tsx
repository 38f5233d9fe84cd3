import { BillLine } from '@/components/story/BillLine';
import type { StoryContext } from '@/components/story/context';
import { Receipt } from '@/components/story/Receipt';
import { defaultScenario, scenarios } from '@/lib/content/scenarios';
import type { Scenario } from '@/lib/content/schemas/scenario';
import { BillSwitch } from './BillSwitch';

type Props = { ctx: StoryContext };

/** The home page's "pick your situation" bill: every scenario is rendered; one is shown at a time. */
export function InteractiveBill({ ctx }: Props) {
  if (!defaultScenario) return null;
  const { locale, t } = ctx;
  const panel = (scenario: Scenario) => ({
    id: scenario.id,
    content: (
      <Receipt
        title={scenario.name[locale]}
        total={scenario.total[locale]}
        intro={scenario.intro?.[locale]}
        headingId={`bill-${scenario.id}-title`}
        headingLevel={3}
        receiptLabel={t('Bill.receipt')}
        totalLabel={t('Bill.total')}
        className="mt-6"
      >
        {scenario.lines.map((line, index) => (
          <BillLine key={`${line.fact}-${index}`} fact={line.fact} part={line.part} href={line.href[locale]} ctx={ctx}>
            {line.label[locale]}
          </BillLine>
        ))}
      </Receipt>
    ),
  });
  // The default scenario comes last: the no-JavaScript CSS hides it when another one is the :target.
  const ordered = [...scenarios.filter((scenario) => !scenario.default), defaultScenario];
  return (
    <BillSwitch
      legend={t('InteractiveBill.legend')}
      defaultId={defaultScenario.id}
      options={scenarios.map((scenario) => ({
        id: scenario.id,
        name: scenario.name[locale],
        announcement: t('InteractiveBill.announcement', { name: scenario.name[locale], total: scenario.total[locale] }),
      }))}
      panels={ordered.map(panel)}
    />
  );
}

import type { Locale } from '@/i18n/routing';
import { getFact } from '@/lib/content';
import { quizQuestions } from '@/lib/content/quiz';
import { scenarios } from '@/lib/content/scenarios';
import type { WidgetFindings } from './sentences';

// The widgets whose sentences live in YAML, not in the page's MDX: the review lists them at the
// widget's line, each naming its own file.

export function widgetFindings(locale: Locale): Record<string, WidgetFindings> {
  return {
    InteractiveBill: (line) =>
      scenarios.flatMap((scenario) => {
        const where = `content/scenarios/${scenario.id}.yaml`;
        const texts = [scenario.intro?.[locale], scenario.total[locale]].filter((text): text is string => Boolean(text));
        return [
          ...texts.map((text) => ({ line, kind: 'field' as const, where, text, citations: [], paragraphFactIds: [] })),
          ...scenario.lines.map((item) => ({
            line,
            kind: 'block' as const,
            where,
            text: `${item.label[locale]}: ${getFact(item.fact).figure?.[locale] ?? ''}`,
            citations: [{ id: item.fact, tag: 'InteractiveBill' }],
            context: scenario.name[locale],
            paragraphFactIds: [item.fact],
          })),
        ];
      }),
    Quiz: (line) =>
      quizQuestions.map((question) => {
        const answer = question.options.find((option) => option.id === question.correct)?.text[locale] ?? '';
        return {
          line,
          kind: 'block' as const,
          where: `content/quiz/${question.id}.yaml`,
          text: `${question.question[locale]} ${answer}. ${question.explanation[locale]}`,
          citations: [{ id: question.fact, tag: 'Quiz' }],
          paragraphFactIds: [question.fact],
        };
      }),
  };
}

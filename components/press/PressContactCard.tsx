import type { StoryContext } from '@/components/story/context';
import type { Contact } from '@/lib/content/schemas/contact';

type Props = { contact: Contact; ctx: StoryContext; headingId: string; heading: string };

/** The press contact of a release or of the press room. A placeholder says so in words, not only in style. */
export function PressContactCard({ contact, ctx, headingId, heading }: Props) {
  const { locale, t } = ctx;
  return (
    <section aria-labelledby={headingId} className="not-prose mt-10 rounded-lg border-2 border-ink p-5 text-ink">
      <h2 id={headingId} className="text-xl font-bold">
        {heading}
      </h2>
      {contact.placeholder ? (
        <p data-placeholder className="mt-3 rounded border-l-8 border-accent bg-night/5 p-3 font-bold">
          {t('PressContact.placeholder')} <span className="font-normal">{t('PressContact.placeholderHelp')}</span>
        </p>
      ) : null}
      <p className="mt-3">
        <span className="font-bold">{contact.name[locale]}</span>
        <br />
        {contact.role[locale]}, {contact.organisation[locale]}
      </p>
      <ul className="mt-2 space-y-1">
        {contact.email ? (
          <li>
            {t('PressContact.email')}: <a href={`mailto:${contact.email}`} className="text-link">{contact.email}</a>
          </li>
        ) : null}
        {contact.phone ? (
          <li>
            {t('PressContact.phone')}: <a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`} className="text-link">{contact.phone}</a>
          </li>
        ) : null}
        <li>
          <a href={contact.url} hrefLang="nl" className="inline-flex min-h-6 items-center font-bold text-link">
            {t('PressContact.link')}
          </a>
        </li>
      </ul>
    </section>
  );
}

import type { StoryContext } from '@/components/story/context';
import type { Contact } from '@/lib/content/schemas/contact';

type Props = { contacts: Contact[]; ctx: StoryContext; headingId: string; heading: string };

/** The press offices of a release or of the press room: each with its name and its own public page. */
export function PressContactCard({ contacts, ctx, headingId, heading }: Props) {
  const { locale, t } = ctx;
  return (
    <section aria-labelledby={headingId} className="not-prose mt-10 rounded-lg border-2 border-ink p-5 text-ink">
      <h2 id={headingId} className="text-xl font-bold">
        {heading}
      </h2>
      <p className="mt-2">{t('PressContact.intro')}</p>
      <ul className="mt-3 space-y-4">
        {contacts.map((contact) => (
          <li key={contact.id} data-contact={contact.id}>
            <p>
              <span className="font-bold">{contact.name[locale]}</span>
              <br />
              {contact.role[locale]}, {contact.organisation[locale]}
            </p>
            <ul className="mt-1 space-y-1">
              {contact.email ? (
                <li>
                  {t('PressContact.email')}:{' '}
                  <a href={`mailto:${contact.email}`} className="text-link">
                    {contact.email}
                  </a>
                </li>
              ) : null}
              {contact.phone ? (
                <li>
                  {t('PressContact.phone')}:{' '}
                  <a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`} className="text-link">
                    {contact.phone}
                  </a>
                </li>
              ) : null}
              <li>
                <a href={contact.url} hrefLang="nl" className="inline-flex min-h-6 items-center font-bold text-link">
                  {contact.linkText[locale]}
                </a>
              </li>
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

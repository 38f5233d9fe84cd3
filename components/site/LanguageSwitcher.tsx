import type { Locale } from '@/i18n/routing';

type Props = { href: string; locale: Locale; label: string; description: string };

/** A plain link to the same page in the other language (its twin, whose slug may differ). No JavaScript. */
export function LanguageSwitcher({ href, locale, label, description }: Props) {
  return (
    <a
      href={href}
      hrefLang={locale}
      lang={locale}
      title={description}
      className="inline-flex min-h-tap items-center rounded-full border-2 border-onNight/60 px-4 font-bold text-onNight no-underline hover:bg-onNight hover:text-night"
    >
      {label}
    </a>
  );
}

import type { Redirect } from './schemas/redirect';
import type { Problem } from './validate';
import { join, type Text } from '@/lib/check/lang';

// Rules that span files: one definition each, used by the content check (lib/check, which reads the
// files as an editor wrote them) and by the build (lib/content and lib/build, which read what
// Contentlayer and next build made of them). Each returns problems; the build throws them.

/** Exactly one scenario of the interactive bill is the default: the bill shown first, and without JavaScript. */
export function defaultScenarioProblems(scenarios: readonly { id: string; file: string; isDefault: boolean }[]): Problem[] {
  if (scenarios.length === 0) return [];
  const defaults = scenarios.filter((scenario) => scenario.isDefault);
  if (defaults.length === 1) return [];
  const file = defaults[1]?.file ?? scenarios[0].file;
  const ids = defaults.map((item) => item.id).join(', ');
  const message = defaults.length
    ? { nl: `${defaults.length} situaties hebben default: true (${ids})`, en: `${defaults.length} scenarios have default: true (${ids})` }
    : { nl: 'geen situatie heeft default: true', en: 'no scenario has default: true' };
  const fix = {
    nl: 'geef precies één situatie default: true: dat is de rekening die je eerst ziet, ook zonder JavaScript',
    en: 'give exactly one scenario default: true: it is the bill shown first, and without JavaScript',
  };
  return [{ file, field: 'default', message, fix }];
}

/** The component every press release ends with: the notes for editors. */
export const editorNotesTag = 'EditorNotes';

/** A press release has background notes (<EditorNotes>), given the names of the tags it uses. */
export function editorNotesProblems(file: string, tags: Iterable<string>): Problem[] {
  if ([...tags].includes(editorNotesTag)) return [];
  return [
    {
      file,
      message: { nl: 'dit persbericht heeft geen noot voor de redactie', en: 'this press release has no background notes' },
      fix: {
        nl: 'zet <EditorNotes> met de noot voor de redactie (een lijst met punten) aan het eind van het bericht',
        en: 'add <EditorNotes> with the notes for editors (a list of points) at the end of the release',
      },
    },
  ];
}

/** What a rule about redirects needs to know of the site: which URLs are pages, and whether a target exists. */
export type RedirectSite = {
  isPage: (url: string) => boolean;
  /** True or false when known; undefined when it cannot be known yet (a file the build makes). */
  exists: (url: string) => boolean | undefined;
  /** Words for a fix that points to the closest page, if any. */
  near?: (url: string) => Text;
};

/** content/redirects.yaml: each old URL once, no old URL that is still a page, and a target that exists. */
export function redirectProblems(file: string, redirects: readonly Redirect[], site: RedirectSite): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  redirects.forEach(({ from, to }, index) => {
    const field = `${index + 1}`;
    if (seen.has(from))
      problems.push({
        file,
        field,
        message: { nl: `${from} heeft twee redirects`, en: `${from} is redirected twice` },
        fix: { nl: 'houd één regel per oud adres', en: 'keep one entry for each old URL' },
      });
    seen.add(from);
    if (site.isPage(from))
      problems.push({
        file,
        field,
        message: { nl: `${from} is nog een pagina, dus het kan niet ook een redirect zijn`, en: `${from} is still a page, so it cannot also be a redirect` },
        fix: {
          nl: 'haal deze redirect weg, of verander de slug van de pagina met dit adres',
          en: 'remove this redirect, or change the slug of the page that uses this URL',
        },
      });
    if (site.exists(to) === false)
      problems.push({
        file,
        field,
        message: { nl: `de redirect van ${from} gaat naar ${to}, maar dat is geen pagina`, en: `the redirect from ${from} goes to ${to}, which is not a page` },
        fix: join({ nl: 'verwijs naar een bestaande pagina.', en: 'point it to an existing page.' }, site.near?.(to) ?? ''),
      });
  });
  return problems;
}

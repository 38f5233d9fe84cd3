import type { Bilingual } from '@/lib/check/lang';

// The Dutch for the schemas' own English messages and descriptions. zod takes one string per
// message, so the schemas give it the English; the content check shows the Dutch when it speaks
// Dutch (lib/check/lang.ts). Two ways in, both keyed by the English text:
// - a fixed text (a literal `error:`, regex message or `.describe()`) has its Dutch in `words` below;
// - a text built from parts (the error maps of errors.ts, helpers like `bilingual(what)`) is written
//   as say({ nl, en }), which keeps the Dutch and gives zod the English.
// tests/unit/schema-dutch.test.ts walks every schema and fails on a text that has no Dutch.

const words: Record<string, string> = {
  'the title of the page, shown in the browser tab and in search results (2 to 65 characters)':
    'de titel van de pagina, te zien in het tabblad van de browser en in zoekresultaten (2 tot 65 tekens)',
  'is too short':
    'is te kort',
  'may be at most 65 characters (search results cut it off)':
    'mag hoogstens 65 tekens hebben (zoekresultaten knippen de rest af)',
  'one or two sentences for search results and link previews (50 to 160 characters)':
    'een of twee zinnen voor zoekresultaten en voorbeelden van links (50 tot 160 tekens)',
  'needs at least 50 characters':
    'heeft minstens 50 tekens nodig',
  'may be at most 160 characters (link previews cut it off)':
    'mag hoogstens 160 tekens hebben (voorbeelden van links knippen de rest af)',
  'the address of the page after /nl/ or /en/, like gezondheid (empty for the home page)':
    'het adres van de pagina na /nl/ of /en/, zoals gezondheid (leeg voor de homepage)',
  'must be text, for example gezondheid or verhalen/de-route-van-een-pil':
    'moet tekst zijn, bijvoorbeeld gezondheid of verhalen/de-route-van-een-pil',
  'may only use a-z, 0-9, - and /, with no slash at the start or end':
    'mag alleen a-z, 0-9, - en / gebruiken, zonder / aan het begin of eind',
  'the same key as the twin page in the other language, like health':
    'dezelfde sleutel als de tweelingpagina in de andere taal, zoals health',
  'is required: the same key as the twin page in the other language':
    'is verplicht: dezelfde sleutel als de tweelingpagina in de andere taal',
  'may only use a-z, 0-9 and -':
    'mag alleen a-z, 0-9 en - gebruiken',
  'the day by which an editor checks the page again, YYYY-MM-DD':
    'de dag waarop een redacteur de pagina uiterlijk opnieuw nakijkt, JJJJ-MM-DD',
  'must be a date like 2027-06-01':
    'moet een datum zijn zoals 2027-06-01',
  'write an existing date as YYYY-MM-DD, like 2027-06-01':
    'schrijf een datum die bestaat als JJJJ-MM-DD, zoals 2027-06-01',
  'the day the page is published, YYYY-MM-DD (leave it out to publish now)':
    'de dag waarop de pagina verschijnt, JJJJ-MM-DD (laat het weg om nu te publiceren)',
  'true keeps the page off the site':
    'true houdt de pagina van de site',
  'must be true or false':
    'moet true of false zijn',
  'one or two sentences for the list of stories (20 to 160 characters)':
    'een of twee zinnen voor de lijst met verhalen (20 tot 160 tekens)',
  'may be at most 160 characters':
    'mag hoogstens 160 tekens hebben',
  'an image for the story, a path under /images/':
    'een afbeelding voor het verhaal, een pad onder /images/',
  'must be a path under /images/':
    'moet een pad onder /images/ zijn',
  'the title of the release (at most 65 characters)':
    'de titel van het persbericht (hoogstens 65 tekens)',
  'may be at most 65 characters':
    'mag hoogstens 65 tekens hebben',
  'one or two sentences for the list of releases (20 to 160 characters)':
    'een of twee zinnen voor de lijst met persberichten (20 tot 160 tekens)',
  'the language of the release: nl or en':
    'de taal van het persbericht: nl of en',
  'the address of the release after /nl/ or /en/':
    'het adres van het persbericht na /nl/ of /en/',
  'the same key as the twin release in the other language':
    'dezelfde sleutel als het tweelingbericht in de andere taal',
  'announcement (a summary of a government announcement) or site-news (news about this website)':
    'announcement (een samenvatting van een bericht van de overheid) of site-news (nieuws over deze website)',
  'must be announcement (a summary of a government announcement) or site-news (news about this website)':
    'moet announcement (een samenvatting van een bericht van de overheid) of site-news (nieuws over deze website) zijn',
  'the web address of the original announcement (only for an announcement)':
    'het webadres van het oorspronkelijke bericht (alleen bij een announcement)',
  'must be the full web address of the original announcement, starting with https://':
    'moet het volledige webadres van het oorspronkelijke bericht zijn, dat begint met https://',
  'must start with https://':
    'moet beginnen met https://',
  'the day the release is published, YYYY-MM-DD, or a time with its time zone':
    'de dag waarop het persbericht verschijnt, JJJJ-MM-DD, of een tijd met de tijdzone',
  "needs the date, in quotes, like '2025-05-22' (or a time with zone like 2025-05-22T10:00:00+02:00)":
    "heeft de datum nodig, tussen aanhalingstekens, zoals '2025-05-22' (of een tijd met tijdzone, zoals 2025-05-22T10:00:00+02:00)",
  "needs a date like '2025-05-22', or a date, time and time zone like 2025-05-22T10:00:00+02:00":
    "heeft een datum nodig zoals '2025-05-22', of een datum, tijd en tijdzone zoals 2025-05-22T10:00:00+02:00",
  'is not a real date':
    'is geen echte datum',
  'when the release may be published: date, time and time zone':
    'wanneer het persbericht naar buiten mag: datum, tijd en tijdzone',
  'needs a date, time and time zone like 2025-05-22T10:00:00+02:00':
    'heeft een datum, tijd en tijdzone nodig, zoals 2025-05-22T10:00:00+02:00',
  'the press office(s) to contact: an id from content/press/contacts.yaml, or a list of ids':
    'de persvoorlichting(en) voor contact: een id uit content/press/contacts.yaml, of een lijst met ids',
  'is required: the id of a press contact, or a list of ids like [vws, jenv]':
    'is verplicht: de id van een perscontact, of een lijst met ids zoals [vws, jenv]',
  'is required: the id of a press contact':
    'is verplicht: de id van een perscontact',
  'needs at least one contact':
    'heeft minstens één contact nodig',
  'may name at most three contacts':
    'mag hoogstens drie contacten noemen',
  'the day by which an editor checks the release again, YYYY-MM-DD':
    'de dag waarop een redacteur het persbericht uiterlijk opnieuw nakijkt, JJJJ-MM-DD',
  'true keeps the release off the site':
    'true houdt het persbericht van de site',
  'does not match confidence: a primary source has confidence high; a news report or other second-hand source has confidence medium':
    'past niet bij confidence: een primaire bron heeft confidence high; een nieuwsbericht of een andere bron uit de tweede hand heeft confidence medium',
  'a fact with a figure also needs a label':
    'een feit met een cijfer heeft ook een label nodig',
  'the topic of the fact, which groups it on the fact sheet':
    'het onderwerp van het feit, dat het op het feitenoverzicht bij elkaar zet',
  'the figure, as shown (null for a fact without a figure)':
    'het cijfer, zoals het op de site staat (null voor een feit zonder cijfer)',
  'what the figure counts, in a few words':
    'wat het cijfer telt, in een paar woorden',
  'the fact in one sentence':
    'het feit in één zin',
  'the period the fact is about, like 2024':
    'de periode waar het feit over gaat, zoals 2024',
  'what a reader should know to read the figure right':
    'wat een lezer moet weten om het cijfer goed te lezen',
  'where the fact comes from: publisher, title, url and published':
    'waar het feit vandaan komt: publisher, title, url en published',
  'is required: publisher, title, url and published':
    'is verplicht: publisher, title, url en published',
  'who published the source: the name only, the same in every language':
    'wie de bron heeft uitgebracht: alleen de naam, die in elke taal hetzelfde is',
  'a few words after the name, per language, like police figures':
    'een paar woorden na de naam, per taal, zoals cijfers van de politie',
  'the title of the source':
    'de titel van de bron',
  'the web address of the source, starting with https://':
    'het webadres van de bron, dat begint met https://',
  'must be a full web address starting with https://':
    'moet een volledig webadres zijn dat begint met https://',
  "when the source was published, as text, like '2025-05'":
    "wanneer de bron verscheen, als tekst, zoals '2025-05'",
  "is required (as text, for example '2025-05')":
    "is verplicht (als tekst, bijvoorbeeld '2025-05')",
  'high for a primary source, medium for a second-hand one':
    'high voor een primaire bron, medium voor een bron uit de tweede hand',
  'must be high or medium':
    'moet high of medium zijn',
  'the day an editor last checked the fact against its source, YYYY-MM-DD':
    'de dag waarop een redacteur het feit het laatst met de bron vergeleek, JJJJ-MM-DD',
  'primary (the organisation that made the figure), news (a news report) or secondary (another organisation passing it on)':
    'primary (de organisatie die het cijfer maakte), news (een nieuwsbericht) of secondary (een andere organisatie die het doorgeeft)',
  'must be primary (the organisation that made the figure), news (a news report about it) or secondary (another organisation passing it on)':
    'moet primary (de organisatie die het cijfer maakte), news (een nieuwsbericht erover) of secondary (een andere organisatie die het doorgeeft) zijn',
  'the passage of the source that states the fact':
    'het stuk uit de bron dat het feit zegt',
  'is required':
    'is verplicht',
  'the language of the source, like nl or en':
    'de taal van de bron, zoals nl of en',
  'is required: the language of the source, like nl or en':
    'is verplicht: de taal van de bron, zoals nl of en',
  'must be a language code like nl or en (the language of the source, not of the site)':
    'moet een taalcode zijn zoals nl of en (de taal van de bron, niet van de site)',
  'the passage of the source that states the fact, copied word for word':
    'het stuk uit de bron dat het feit zegt, letterlijk overgenomen',
  'is required: the passage of the source, copied word for word':
    'is verplicht: het stuk uit de bron, letterlijk overgenomen',
  'must be the passage of the source that states the fact, copied word for word':
    'moet het stuk uit de bron zijn dat het feit zegt, letterlijk overgenomen',
  'must be a year as a number, like 2023':
    'moet een jaartal als getal zijn, zoals 2023',
  'the year the value is about, like 2023':
    'het jaar waar de waarde over gaat, zoals 2023',
  'the period in words, when it is not one calendar year (like 2019-2020); shown instead of the year':
    'de periode in woorden, als het niet om één kalenderjaar gaat (zoals 2019-2020); te zien in plaats van het jaar',
  'must be a number without unit or quotes, like 191 or 14.6':
    'moet een getal zijn zonder eenheid en zonder aanhalingstekens, zoals 191 of 14.6',
  'the value, as a number without unit, like 191 or 14.6':
    'de waarde, als getal zonder eenheid, zoals 191 of 14.6',
  "the source of this point, when it is not the fact's own source":
    'de bron van dit punt, als dat niet de bron van het feit zelf is',
  "the source's own words for this point, when the fact's evidence does not state it":
    'de woorden van de bron voor dit punt, als het bewijs (evidence) van het feit het niet zegt',
  'what the values count, like mg MDMA per pill':
    'wat de waarden tellen, zoals mg MDMA per pil',
  'what exactly is counted, and what not, in one sentence':
    'wat er precies geteld wordt, en wat niet, in één zin',
  'needs at least 2 points: one figure is not a change':
    'heeft minstens 2 punten nodig: één cijfer is geen verandering',
  'the years and their values, oldest first':
    'de jaren en hun waarden, het oudste eerst',
  'must list each year once, oldest first':
    'moet elk jaar één keer noemen, het oudste eerst',
  'figures for several years from the source, drawn as a chart by <Trend>':
    'cijfers voor meerdere jaren uit de bron, als grafiek getekend door <Trend>',
  'the fact whose series is drawn as a chart':
    'het feit waarvan de reeks (series) als grafiek getekend wordt',
  'the name of the organisation':
    'de naam van de organisatie',
  'one sentence about what they offer':
    'één zin over wat ze bieden',
  'the web address of the organisation, starting with https://':
    'het webadres van de organisatie, dat begint met https://',
  "the phone number, only when the fact's source confirms it":
    'het telefoonnummer, alleen als de bron van het feit het bevestigt',
  'must be a phone number like 0800-7000':
    'moet een telefoonnummer zijn zoals 0800-7000',
  'the phone number for questions that are not urgent, only when a source confirms it':
    'het telefoonnummer voor vragen zonder haast, alleen als een bron het bevestigt',
  'must be a phone number like 0900-8844':
    'moet een telefoonnummer zijn zoals 0900-8844',
  'the id of the fact that sources this resource':
    'de id van het feit dat de bron van deze hulp noemt',
  'is required: the id of the fact that sources this resource':
    'is verplicht: de id van het feit dat de bron van deze hulp noemt',
  'the topics the resource helps with':
    'de onderwerpen waarbij deze hulp helpt',
  'needs at least one topic':
    'heeft minstens één onderwerp nodig',
  'a contact id may only use a-z, 0-9 and -':
    'een contact-id mag alleen a-z, 0-9 en - gebruiken',
  'the name of the press office':
    'de naam van de persvoorlichting',
  'what the office does, in a few words':
    'wat de persvoorlichting doet, in een paar woorden',
  'the organisation the office belongs to':
    'de organisatie waar de persvoorlichting bij hoort',
  "the e-mail address, only when the office's own page lists it":
    'het e-mailadres, alleen als de eigen pagina van de persvoorlichting het noemt',
  'must be an e-mail address like pers@example.nl':
    'moet een e-mailadres zijn zoals pers@example.nl',
  "the phone number, only when the office's own page lists it":
    'het telefoonnummer, alleen als de eigen pagina van de persvoorlichting het noemt',
  'must be a phone number like 070 123 4567':
    'moet een telefoonnummer zijn zoals 070 123 4567',
  "the web address of the office's own page, starting with https://":
    'het webadres van de eigen pagina van de persvoorlichting, dat begint met https://',
  'the words of the link, naming the page it opens':
    'de woorden van de link, die de pagina noemen die hij opent',
  'the day the correction was made, YYYY-MM-DD':
    'de dag van de correctie, JJJJ-MM-DD',
  'the facts and/or pages the correction is about':
    "de feiten en/of pagina's waar de correctie over gaat",
  'needs the facts and/or pages the correction is about: concerns: { pages: [health] }':
    "heeft de feiten en/of pagina's nodig waar de correctie over gaat: concerns: { pages: [health] }",
  'needs at least one fact or page: facts: [fact-id] or pages: [translationKey]':
    'heeft minstens één feit of pagina nodig: facts: [fact-id] of pages: [translationKey]',
  'the facts the correction is about, by id':
    'de feiten waar de correctie over gaat, met hun id',
  'must be a list of fact ids, like [soc-explosions-2024]':
    'moet een lijst met feit-ids zijn, zoals [soc-explosions-2024]',
  'needs at least one fact id, or leave it out':
    'heeft minstens één feit-id nodig, of laat het weg',
  'the pages the correction is about, by translationKey':
    "de pagina's waar de correctie over gaat, met hun translationKey",
  'must be a list of translationKeys, like [health, home]':
    'moet een lijst met translationKeys zijn, zoals [health, home]',
  'needs at least one translationKey, or leave it out':
    'heeft minstens één translationKey nodig, of laat het weg',
  'what the site said':
    'wat de site zei',
  'what the site says now':
    'wat de site nu zegt',
  'why it was corrected':
    'waarom het is verbeterd',
  'must be the id of one of the options':
    'moet de id van een van de antwoorden zijn',
  'every option needs its own id':
    'elk antwoord heeft een eigen id nodig',
  'the place of the question in the quiz (1 comes first)':
    'de plaats van de vraag in de quiz (1 komt eerst)',
  'must be a whole number: the place in the quiz (1 comes first)':
    'moet een heel getal zijn: de plaats in de quiz (1 komt eerst)',
  'must be a whole number':
    'moet een heel getal zijn',
  'must be 1 or more':
    'moet 1 of meer zijn',
  'the question':
    'de vraag',
  'the answers to choose from (2 to 4)':
    'de antwoorden om uit te kiezen (2 tot 4)',
  'needs a list of options':
    'heeft een lijst met antwoorden nodig',
  'needs at least 2 options':
    'heeft minstens 2 antwoorden nodig',
  'may have at most 4 options':
    'mag hoogstens 4 antwoorden hebben',
  'a short id for the answer, like a':
    'een korte id voor het antwoord, zoals a',
  'needs an option id, like a':
    'heeft een id voor het antwoord nodig, zoals a',
  'the id of the right option':
    'de id van het goede antwoord',
  'why the right answer is right, shown after answering':
    'waarom het goede antwoord goed is, te zien na het antwoorden',
  'the id of the fact that backs the answer':
    'de id van het feit dat het antwoord onderbouwt',
  'needs a fact id, like env-dumpings-2024':
    'heeft een feit-id nodig, zoals env-dumpings-2024',
  'must be a fact id, like env-dumpings-2024':
    'moet een feit-id zijn, zoals env-dumpings-2024',
  'the place of the scenario in the list of choices (1 comes first)':
    'de plaats van de situatie in de lijst met keuzes (1 komt eerst)',
  'must be a whole number: the place in the list of choices (1 comes first)':
    'moet een heel getal zijn: de plaats in de lijst met keuzes (1 komt eerst)',
  'the scenario shown first, and the only one without JavaScript unless chosen':
    'de situatie die eerst te zien is, en de enige zonder JavaScript als er niets gekozen is',
  'the name of the scenario, in the list of choices':
    'de naam van de situatie, in de lijst met keuzes',
  'a sentence above the bill':
    'een zin boven de rekening',
  'the total of the bill, in words (not euros)':
    "het totaal van de rekening, in woorden (geen euro's)",
  'the lines of the bill (2 to 12)':
    'de regels van de rekening (2 tot 12)',
  'needs a list of lines':
    'heeft een lijst met regels nodig',
  'needs at least 2 lines':
    'heeft minstens 2 regels nodig',
  'may have at most 12 lines':
    'mag hoogstens 12 regels hebben',
  'the fact whose figure is printed on the line; it must have a figure':
    'het feit waarvan het cijfer op de regel staat; het moet een cijfer hebben',
  'which part of the bill the line belongs to':
    'bij welk deel van de rekening de regel hoort',
  'what the line is about, in a few words and without figures':
    'waar de regel over gaat, in een paar woorden en zonder cijfers',
  'must be a list of redirects, each with from: and to:':
    'moet een lijst met doorverwijzingen zijn, elk met from: en to:',
  'the old address, which keeps working':
    'het oude adres, dat blijft werken',
  'the page (or file) the old address now opens':
    'de pagina (of het bestand) die het oude adres nu opent',
  'the anchor of the section in links (#in-je-lijf)':
    'het anker van het hoofdstuk in links (#in-je-lijf)',
  'may only use a-z, 0-9 and - (for example in-je-lijf)':
    'mag alleen a-z, 0-9 en - gebruiken (bijvoorbeeld in-je-lijf)',
  'the content between the opening and closing tag':
    'de inhoud tussen de openingstag en de sluittag',
  'the fact whose figure (or text) is shown':
    'het feit waarvan het cijfer (of de tekst) te zien is',
  'the fact whose figure is shown as a large number':
    'het feit waarvan het cijfer als groot getal te zien is',
  'the fact whose figure is printed on the line':
    'het feit waarvan het cijfer op de regel staat',
  'the chapter that explains the line':
    'het hoofdstuk dat de regel uitlegt',
  'needs a link to the chapter, like /nl/gezondheid/#sterke-pillen':
    'heeft een link naar het hoofdstuk nodig, zoals /nl/gezondheid/#sterke-pillen',
  'the fact that answers the myth':
    'het feit dat de mythe weerlegt',
  'the fact that backs the sentence between the tags':
    'het feit dat de zin tussen de tags onderbouwt',
  'a switch: the quote is from an invented person':
    'een schakelaar: het citaat is van een verzonnen persoon',
  'the kind of box: info, tip or warning':
    'het soort kader: info, tip of warning',
  'the help resources to show, by id, separated by commas':
    "de hulp die je wilt tonen, met de ids, gescheiden door komma's",
  'needs help resource ids separated by commas':
    "heeft ids van hulp nodig, gescheiden door komma's",
  'must be help resource ids separated by commas':
    "moet ids van hulp zijn, gescheiden door komma's",
  'a title above the box':
    'een titel boven het kader',
  'the image file, under /images/':
    'het bestand van de afbeelding, onder /images/',
  'needs an image path under /images/':
    'heeft een pad naar een afbeelding onder /images/ nodig',
  'must be an image path under /images/ ending in .svg, .png, .jpg or .webp':
    'moet een pad naar een afbeelding onder /images/ zijn dat eindigt op .svg, .png, .jpg of .webp',
  'words that describe the image for who cannot see it (alt="" only for decoration)':
    'woorden die de afbeelding beschrijven voor wie haar niet kan zien (alt="" alleen voor versiering)',
  'a line under the image':
    'een regel onder de afbeelding',
};

const said = new Map<string, string>();

/** A schema text in both languages: gives zod the English and keeps the Dutch for the content check. */
export function say(text: Bilingual): string {
  said.set(text.en, text.nl);
  return text.en;
}

/** True when a schema text has Dutch words. */
export const hasDutch = (english: string): boolean => said.has(english) || Object.hasOwn(words, english);

/** The Dutch for one of the schemas' English texts, or the English text when there is none. */
export const dutchSchemaWords = (english: string): string => said.get(english) ?? words[english] ?? english;

/** A schema text in both languages. */
export const schemaText = (english: string): Bilingual => ({ nl: dutchSchemaWords(english), en: english });

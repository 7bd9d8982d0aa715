/**
 * Speech cues and non-name words of the languages other than English that the
 * quote finder attributes: French, German, Spanish, Portuguese and Italian.
 * English keeps its own, richer rules (cues.ts, names.ts).
 */
import type { RuleLanguage } from '../language';

export type Lexicon = {
  /** Speech verbs as written (any tense the press uses); auxiliaries are skipped around them. */
  cues: Set<string>;
  /** "selon", "laut", "según": the name follows; a cue only before the name. */
  according: Set<string>;
  /** A cue only when it follows the closing mark and a comma: German „…“, so Merkel. */
  afterCommaOnly: Set<string>;
  /** Auxiliaries and adverbs allowed between a name and its cue ("a déclaré", "hat gesagt"). */
  between: Set<string>;
  /** Subject pronouns that stand for the speaker ("dit-il", "sagte sie"). */
  pronouns: Set<string>;
  /** Capitalised words that open sentences or clauses, never names. */
  notName: Set<string>;
  /** Titles and roles stripped from before a name ("le ministre", "Bundeskanzlerin"). */
  titles: Set<string>;
  /** Articles and determiners: a capitalised word after one is a noun (German) or a description. */
  articles: Set<string>;
};

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Weekdays, months and connectors that open sentences in several of the languages. */
const SHARED_NOT_NAME =
  'lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre ' +
  'octobre novembre décembre montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni ' +
  'juli oktober dezember lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio ' +
  'julio agosto septiembre octubre noviembre diciembre segunda terça quarta quinta sexta sábado domingo janeiro ' +
  'fevereiro março maio junho julho setembro outubro novembro dezembro lunedì martedì mercoledì giovedì venerdì ' +
  'sabato domenica gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre';

const LEXICONS: Record<Exclude<RuleLanguage, 'en'>, Lexicon> = {
  fr: {
    cues: set(
      'dit dis disait déclare déclaré déclarait affirme affirmé affirmait explique expliqué expliquait ajoute ' +
        'ajouté estime estimé souligne souligné indique indiqué précise précisé raconte raconté confie confié ' +
        'assure assuré lance lancé poursuit poursuivi insiste insisté dénonce dénoncé reconnaît reconnu répond ' +
        'répondu martèle martelé observe observé commente commenté résume résumé témoigne témoigné prévient ' +
        'prévenu rappelle rappelé avertit averti annonce annoncé écrit écrivait tweeté confirme confirmé ' +
        'regrette regretté admet admis s’exclame déplore déploré juge jugé conclut conclu',
    ),
    according: set("selon d’après d'après"),
    afterCommaOnly: set(''),
    between: set('a avait aurait ont avaient a-t-il a-t-elle t-il t-elle encore également aussi alors ainsi'),
    pronouns: set('il elle ils elles'),
    notName: set(
      'le la les l’ un une des du de d’ et ou mais donc or ni car ce cet cette ces ceci cela il elle ils elles on ' +
        'nous vous je tu lui leur leurs son sa ses mon ma mes notre nos votre vos qui que quoi dont où quand ' +
        'comme si selon pour par sur sous dans avec sans après avant depuis pendant entre chez vers contre ' +
        'aujourd’hui hier demain ainsi alors aussi encore enfin pourtant cependant toutefois désormais déjà ' +
        'puis en au aux y à oui non pas plus moins très tout tous toute toutes autre autres même dès lors ' +
        'mme m monsieur madame',
    ),
    titles: set(
      'm. mme mme. mlle dr président présidente ministre premier première secrétaire général générale député ' +
        'députée sénateur sénatrice maire porte-parole directeur directrice chef patron patronne professeur ' +
        'ancien ancienne chancelière chancelier juge procureur procureure commissaire',
    ),
    articles: set("le la les l’ l' un une des du de d’ d' au aux ce cette son sa ses leur"),
  },
  de: {
    cues: set(
      'sagte sagt sagten sagen gesagt erklärte erklärt erklärten betonte betont betonten meinte meint ' +
        'berichtete berichtet schrieb schreibt warnte warnt kritisierte kritisiert forderte fordert verkündete ' +
        'erzählte erzählt ergänzte ergänzt bekräftigte versicherte unterstrich räumte fügte führte teilte ' +
        'antwortete antwortet mahnte mahnt resümierte bilanzierte urteilte stellte',
    ),
    according: set('laut zufolge'),
    afterCommaOnly: set('so'),
    between: set('hat habe hatte haben hatten auch zudem außerdem noch dann nun am dazu weiter'),
    pronouns: set('er sie'),
    notName: set(
      'der die das den dem des ein eine einer eines einem einen und oder aber doch denn sondern wenn weil dass ' +
        'ob als wie wo was wer wann er sie es wir ihr ich du man sein seine ihre ihren ihrem unser dieser diese ' +
        'dieses jener jene im in am an auf aus bei mit nach von vor zu zum zur für über unter durch gegen ohne ' +
        'seit bis auch noch schon nun dann so da dort hier heute gestern morgen insofern allerdings jedoch ' +
        'zudem außerdem deshalb daher trotzdem dennoch immerhin zwar damit dabei dafür darauf deswegen ' +
        'kein keine nicht nur mehr viele alle andere',
    ),
    titles: set(
      'herr frau dr. prof. minister ministerin präsident präsidentin kanzler kanzlerin bundeskanzler ' +
        'bundeskanzlerin chef chefin sprecher sprecherin vorsitzende vorsitzender bürgermeister ' +
        'bürgermeisterin abgeordnete abgeordneter direktor direktorin geschäftsführer trainer',
    ),
    articles: set('der die das den dem des ein eine einer eines einem einen'),
  },
  es: {
    cues: set(
      'dijo dice decía afirmó afirma aseguró asegura explicó explica señaló señala declaró declara añadió ' +
        'agregó indicó comentó sostuvo manifestó advirtió subrayó destacó insistió expresó apuntó precisó ' +
        'reconoció admitió relató contó respondió escribió anunció',
    ),
    according: set('según'),
    afterCommaOnly: set(''),
    between: set('ha había habría también además luego entonces'),
    pronouns: set('él ella'),
    notName: set(
      'el la los las un una unos unas y o pero sino que quien quién cual cuál cuando donde como si según ' +
        'para por con sin sobre bajo entre desde hasta hacia contra durante tras ante en de del al lo le les ' +
        'se su sus mi mis tu este esta estos estas ese esa eso aquel también además hoy ayer mañana ya aún ' +
        'así no sí muy más menos todo todos otra otro él ella ellos ellas nosotros usted ustedes sr sra señor señora',
    ),
    titles: set(
      'sr. sra. don doña presidente presidenta ministro ministra secretario secretaria general director ' +
        'directora portavoz alcalde alcaldesa senador senadora diputado diputada jefe jefa juez jueza fiscal ' +
        'expresidente exministro',
    ),
    articles: set('el la los las un una unos unas del al'),
  },
  pt: {
    cues: set(
      'disse diz dizia afirmou afirma declarou declara explicou explica acrescentou comentou contou destacou ' +
        'ressaltou observou garantiu avaliou completou argumentou defendeu lembrou admitiu reconheceu ' +
        'respondeu escreveu anunciou informou',
    ),
    according: set('segundo conforme'),
    afterCommaOnly: set(''),
    between: set('também ainda então já'),
    pronouns: set('ele ela'),
    notName: set(
      'o a os as um uma uns umas e ou mas que quem qual quando onde como se segundo conforme para por pelo ' +
        'pela pelos pelas com sem sobre entre desde até contra durante em no na nos nas de do da dos das ao ' +
        'aos à às lhe seu sua seus suas este esta isto esse essa isso aquele também ainda hoje ontem amanhã ' +
        'já assim não sim muito mais menos todo todos outro outra ele ela eles elas nós você vocês sr sra senhor senhora',
    ),
    titles: set(
      'sr. sra. dom dona presidente presidenta ministro ministra secretário secretária general diretor ' +
        'diretora porta-voz prefeito prefeita senador senadora deputado deputada governador governadora ' +
        'chefe juiz juíza técnico ex-presidente',
    ),
    articles: set('o a os as um uma uns umas do da dos das no na nos nas ao aos pelo pela'),
  },
  it: {
    cues: set(
      'detto dice diceva dichiarato dichiara spiegato spiega aggiunto aggiunge afferma affermato sottolinea ' +
        'sottolineato commenta commentato racconta raccontato osserva osservato prosegue conclude concluso ' +
        'precisa precisato avverte avvertito ribadisce ribadito ammette ammesso scrive scritto annunciato',
    ),
    according: set('secondo'),
    afterCommaOnly: set(''),
    between: set('ha aveva avrebbe anche poi ancora inoltre'),
    pronouns: set('lui lei'),
    notName: set(
      'il lo la i gli le un uno una e o ma però che chi cui quando dove come se secondo per con senza su ' +
        'tra fra da di del dello della dei degli delle al allo alla ai agli alle nel nello nella nei negli ' +
        'nelle sul sulla questo questa questi quello quella anche ancora oggi ieri domani già così non sì ' +
        'molto più meno tutto tutti altro altra lui lei loro noi voi sig sig.ra signor signora',
    ),
    titles: set(
      'sig. sig.ra dott. dottor presidente ministro ministra segretario segretaria generale direttore ' +
        'direttrice portavoce sindaco senatore senatrice deputato deputata premier capo giudice procuratore ' +
        'ex-presidente ex',
    ),
    articles: set('il lo la i gli le un uno una del dello della dei degli delle al allo alla nel nella'),
  },
};

for (const lex of Object.values(LEXICONS)) for (const w of SHARED_NOT_NAME.split(' ')) lex.notName.add(w);

/** The lexicon of a language with foreign-language rules, else null (English has its own). */
export function lexiconFor(lang: string | null): Lexicon | null {
  return lang && lang !== 'en' && lang in LEXICONS ? LEXICONS[lang as keyof typeof LEXICONS] : null;
}

/**
 * Function words that do not end a heading, a menu item or a paragraph: a
 * line that ends with one of them was cut mid-sentence ("published on" ⏎
 * "Walikali and" ⏎ …). Articles, prepositions, conjunctions and auxiliaries
 * only; words that end real labels ("in" of "Log in", "up" of "Sign up",
 * "out", "off", "us") are left out on purpose. Data only, lower case.
 */

const lists: Readonly<Record<string, string>> = {
  en: 'a an the of to at by for with from into onto upon about as and or but nor than that which whose whom its their his her our your my this these those is are was were be been being has have had will would can could should must may might shall via per between among amid over under after before during without within against toward towards through across including such called named titled entitled dubbed nicknamed like unlike despite if whether because although though while where when who on',
  de: 'der die das den dem des ein eine einer einem einen eines und oder aber mit von vom zu zum zur im in auf für bei beim aus nach über unter durch gegen ohne um als wie dass ist sind war waren wird werden hat haben sein seine ihre ihr namens',
  fr: 'le la les l un une des de du d et ou mais à au aux en par pour avec sur sous dans chez vers entre sans que qui dont est sont était a ont son sa ses leur leurs ce cette ces intitulé intitulée baptisé baptisée',
  es: 'el la los las un una unos unas de del y o pero a al en por para con sin sobre entre hacia desde hasta que quien cuyo es son fue era ha han su sus este esta estos estas titulado titulada llamado llamada',
  pt: 'o a os as um uma uns umas de do da dos das e ou mas em no na nos nas num numa por pelo pela pelos pelas para com sem sobre entre até que é são foi era seu sua seus suas este esta intitulado intitulada chamado chamada',
  it: 'il lo la i gli le un uno una di del dello della dei degli delle e o ma a al allo alla ai agli alle in nel nello nella nei negli nelle per con su sul sulla tra fra da dal dalla che è sono era suo sua suoi sue intitolato intitolata chiamato chiamata',
  ru: 'и в во на с со к ко по о об от до за из у для при через без над под про что как а но или не это его ее её их который которая которые',
  uk: 'і й в у на з зі до по про від за із для при через без над під що як а але або не це його її їх',
  nl: 'de het een van en of maar in op aan met voor door bij uit naar over onder tussen dat die is zijn was waren heeft hebben',
  pl: 'i w we na z ze do po o od za dla przy przez bez nad pod że jak a ale lub nie to jest są był jego jej ich',
  // (Not the postpositions "için" and "ile": "Sizin için", "Yapay zekâ ile" are labels.)
  tr: 've veya ama fakat ki bir bu şu çünkü eğer',
  // (Not "dan", "and": an English first name, and the list of every language holds this one; not "sudah", "dalam": "Sudah", "ke dalam" end.)
  id: 'yang ke dari pada untuk dengan oleh bahwa adalah ialah akan telah sedang atau tetapi tapi serta kepada sebuah seorang',
  // (Not "theo", "được", "về": "Tiếp theo", "Làm được", "Trở về" are labels.)
  vi: 'và của là các những một với từ tại để đã đang sẽ khi nhưng hoặc mà thì cho',
  // (Not the particles "av", "med", "till", "om": "Stäng av", "Häng med", "Lägg till", "Läs mer om".)
  sv: 'och eller att som för på vid hos mot genom mellan utan efter över en ett i är har hade ska skulle blir blev sin sitt sina hans hennes deras dessa detta denna',
  ar: 'في من إلى الى على عن مع بين حتى منذ خلال عبر نحو لدى عند أو ثم لكن بل أن إن أنّ إنّ التي الذي الذين قد لقد سوف لن لم',
  // (Not "לפני" and "אחרי": "לפני ואחרי" ends.)
  he: 'של את על אל מן כי אבל או אשר לפי בין ללא בלי עד כמו',
  // (Not "की": it is also a verb, "did", that ends a sentence.)
  hi: 'और या लेकिन परंतु किंतु कि तथा एवं अथवा क्योंकि यदि अगर का के को ने से पर में द्वारा'
}

/** Function words by ISO 639-1 code. */
export const functionWords: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(lists).map(([code, words]) => [code, new Set(words.split(' '))])
)

// Any language’s function words, for documents of unknown language.
const all = new Set<string>()
for (const words of functionWords.values()) for (const word of words) all.add(word)

/**
 * The function words to use for a document.
 *
 * @param language ISO 639-1 code, or `und`.
 * @returns Its set, English added (pages in any language carry English text),
 *   or all lists when the language has none.
 */
export function functionWordsFor(language: string | undefined): ReadonlySet<string> {
  const own = language ? functionWords.get(language) : undefined
  if (!own) return all
  if (language === 'en') return own
  return new Set([...own, ...functionWords.get('en')!])
}

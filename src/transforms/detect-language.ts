/**
 * Detect the document’s language, so later steps pick stop-words and phrase
 * packs.
 */
import {franc} from '../features/franc.js'
import type {VFile} from 'vfile'
import {voteLanguage} from '../features/language.js'
import type {Root} from '../types.js'

/** Options for `detectLanguage`. */
export interface Options {
  /** Use this ISO 639-1 code instead of detecting (default: detect). */
  language?: string | null | undefined
  /**
   * How to detect: `'stopwords'`, a stop-word vote over the `stopwords-iso`
   * lists (fast, and better on the dev corpus), or `'franc'`, trigram
   * profiles of `franc-min` (default: `'stopwords'`).
   */
  method?: 'stopwords' | 'franc' | null | undefined
}

const emptyOptions: Readonly<Options> = Object.freeze({})

// Forty printable ASCII characters or more without a space: an address, a hash, base64 data.
const longToken = /[!-~]{40}/
const longTokens = /[!-~]{40,}/g

// ISO 639-3 (franc) to ISO 639-1 (stopwords-iso), for franc-min’s languages.
const iso6391: Readonly<Record<string, string>> = {
  eng: 'en', spa: 'es', por: 'pt', fra: 'fr', deu: 'de', ita: 'it', rus: 'ru', ukr: 'uk',
  pol: 'pl', nld: 'nl', swe: 'sv', tur: 'tr', jpn: 'ja', kor: 'ko', cmn: 'zh', arb: 'ar',
  hin: 'hi', ben: 'bn', ind: 'id', zlm: 'ms', vie: 'vi', tha: 'th', ron: 'ro', ces: 'cs',
  hun: 'hu', ell: 'el', bul: 'bg', srp: 'sr', hrv: 'hr', fin: 'fi', dan: 'da', nob: 'no',
  heb: 'he', pes: 'fa', urd: 'ur', swh: 'sw', tgl: 'tl', slk: 'sk', slv: 'sl', lit: 'lt',
  lav: 'lv', est: 'et', cat: 'ca', glg: 'gl', eus: 'eu', bel: 'be', kaz: 'kk', uzn: 'uz',
  azj: 'az', hau: 'ha', yor: 'yo', ibo: 'ig', amh: 'am', tam: 'ta', tel: 'te', mar: 'mr',
  guj: 'gu', kan: 'kn', mal: 'ml', pan: 'pa', npi: 'ne', sin: 'si', mya: 'my', khm: 'km'
}

/**
 * Plugin: set `tree.data.language` (ISO 639-1, or `und`).
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export function detectLanguage(options?: Readonly<Options> | null | undefined) {
  const settings = options || emptyOptions
  const method = settings.method ?? 'stopwords'
  if (method !== 'stopwords' && method !== 'franc') {
    throw new TypeError("detectLanguage: `options.method` must be 'stopwords' or 'franc', got " + String(method))
  }
  return function (tree: Root, _file: VFile): undefined {
    if (settings.language) {
      tree.data.language = settings.language
      return
    }
    // The longest blocks say the most: sample up to 2,000 characters of them (a few hundred words settle the vote).
    // (Not what an earlier step removed: a text browser's list of link targets
    // at the end, "12. https://…", script text, would vote for English.)
    let blocks = tree.children.filter((d) => d.value.length > 40 && !d.data.fate)
    if (blocks.length === 0) blocks = tree.children.filter((d) => d.value.length > 40)
    blocks.sort((a, b) => b.value.length - a.value.length)
    let sample = ''
    for (const block of blocks) {
      if (sample.length > 2000) break
      // (One huge block is cut: the vote reads every character of the sample.)
      let text = block.value.slice(0, 4000)
      // ("![](data:image/svg+xml;base64,PHN2Zy…": a long run of ASCII without a space, an address or encoded data, is no word of any language.)
      if (longToken.test(text)) {
        text = text.replace(longTokens, ' ')
        if (text.trim().length <= 40) continue
      }
      sample += text + '\n'
    }
    if (method === 'franc') {
      const code = sample ? franc(sample, 20) : 'und'
      tree.data.language = iso6391[code] || 'und'
    } else {
      tree.data.language = sample ? voteLanguage(sample).language : 'und'
    }
  }
}

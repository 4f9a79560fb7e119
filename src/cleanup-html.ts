/**
 * `cleanupHtml()`: clean an HTML page.
 */
import {load} from 'cheerio/slim'
import type {CleanResult} from './types.js'
import {cleanup, describe, type Options as CleanupOptions} from './cleanup.js'

/** Options for `cleanupHtml()`. */
export interface HtmlOptions extends CleanupOptions {
  /** The page’s URL (default: none). */
  url?: string | null | undefined
}

// Elements that start a new block when rendered.
const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'td', 'th', 'tr', 'ul'
])

/**
 * Clean an HTML page: render its text the way a reader sees it, then clean
 * it like `cleanup()`.
 *
 * @param html The page.
 * @param options Configuration (optional).
 * @returns The clean article.
 */
export function cleanupHtml(html: string, options?: Readonly<HtmlOptions> | null | undefined): CleanResult {
  if (typeof html !== 'string') {
    throw new TypeError('unscrape: `html` must be a string, got ' + describe(html))
  }
  const $ = load(html)
  $('script, style, noscript, template, svg, head').remove()
  const parts: string[] = []
  let line = ''
  const walk = (nodes: ReturnType<typeof $>) => {
    nodes.contents().each((_, node) => {
      if (node.type === 'text') {
        line += node.data.replace(/\s+/g, ' ')
      } else if (node.type === 'tag') {
        const block = blockTags.has(node.name)
        if (block && line.trim()) {
          parts.push(line.trim())
          line = ''
        }
        walk($(node))
        if (block && line.trim()) {
          parts.push(line.trim())
          line = ''
        }
      }
    })
  }
  walk($.root())
  if (line.trim()) parts.push(line.trim())
  return cleanup(parts.join('\n\n'), options)
}

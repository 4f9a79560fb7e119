/**
 * Serialize a document loaded with cheerio (its domhandler nodes) to HTML
 * without recursion, the way cheerio's own serializer (parse5's) writes it.
 * Cheerio's serializer recurses once per element: a document nested a few
 * thousand elements deep overflows the call stack there, not here.
 */

/** The fields of a domhandler node this reads. */
export interface DomNode {
  type: string
  name?: string
  data?: string
  namespace?: string
  attribs?: Record<string, string>
  /** Namespaces of foreign attributes (`xlink:href` is `href` in the XLink namespace). */
  'x-attribsNamespace'?: Record<string, string | undefined>
  'x-attribsPrefix'?: Record<string, string | undefined>
  children?: DomNode[]
}

// Elements with no end tag (in the HTML namespace).
const voidElements = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link',
  'meta', 'param', 'source', 'track', 'wbr'
])

// Elements whose text is written as it is, without escapes (`noscript`: cheerio
// parses with scripting on, its content is text).
const rawTextElements = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript'])

const html = 'http://www.w3.org/1999/xhtml'

/**
 * Whether a value looks like a domhandler node.
 *
 * @param value Anything.
 */
export function isDomNode(value: unknown): value is DomNode {
  return typeof value === 'object' && value !== null && typeof (value as DomNode).type === 'string'
}

/**
 * The HTML of a domhandler node and its descendants (a document, a fragment,
 * an element).
 *
 * @param root The node.
 */
export function serializeDom(root: DomNode): string {
  let result = ''
  // What is left to write, last first: nodes, and the end tags of open elements.
  const pending: Array<DomNode | string> = [root]
  while (pending.length > 0) {
    const item = pending.pop()!
    if (typeof item === 'string') {
      result += item
      continue
    }
    const children = item.children || []
    switch (item.type) {
      case 'root':
        pushChildren(pending, children)
        break
      case 'tag':
      case 'script':
      case 'style': {
        const name = item.name || ''
        result += '<' + name
        for (const [key, value] of Object.entries(item.attribs || {})) result += ' ' + attributeName(item, key) + '="' + escapeAttribute(value) + '"'
        result += '>'
        if (voidElements.has(name) && (item.namespace === undefined || item.namespace === html)) break
        pending.push('</' + name + '>')
        if (rawTextElements.has(name)) {
          // "<script>if (a < b) …</script>": the text as it is.
          for (let i = children.length - 1; i >= 0; i--) pending.push(children[i].type === 'text' ? children[i].data || '' : children[i])
        } else pushChildren(pending, children)
        break
      }
      case 'text':
        result += escapeText(item.data || '')
        break
      case 'comment':
        result += '<!--' + (item.data || '') + '-->'
        break
      case 'directive':
        // "<!DOCTYPE html>".
        result += '<' + (item.data || '') + '>'
        break
      case 'cdata':
        pending.push(']]>')
        for (let i = children.length - 1; i >= 0; i--) pending.push(children[i].data || '')
        pending.push('<![CDATA[')
        break
      default:
        break
    }
  }
  return result
}

/** An attribute's name with its namespace's prefix, as parse5 writes it (`xlink:href`, `xmlns:xlink`). */
function attributeName(node: DomNode, key: string): string {
  const namespace = node['x-attribsNamespace']?.[key]
  if (!namespace) return key
  if (namespace === 'http://www.w3.org/XML/1998/namespace') return 'xml:' + key
  if (namespace === 'http://www.w3.org/2000/xmlns/') return key === 'xmlns' ? key : 'xmlns:' + key
  if (namespace === 'http://www.w3.org/1999/xlink') return 'xlink:' + key
  const prefix = node['x-attribsPrefix']?.[key]
  return prefix ? prefix + ':' + key : key
}

function pushChildren(pending: Array<DomNode | string>, children: DomNode[]) {
  for (let i = children.length - 1; i >= 0; i--) pending.push(children[i])
}

/** Text as parse5 escapes it: `&`, a no-break space, `<` and `>`. */
function escapeText(text: string): string {
  return /[&\u00a0<>]/.test(text) ? text.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text
}

/** An attribute value as parse5 escapes it: `&`, a no-break space, `"`. */
function escapeAttribute(value: string): string {
  return /[&\u00a0"]/.test(value) ? value.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/"/g, '&quot;') : value
}

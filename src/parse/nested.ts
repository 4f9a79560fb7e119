import type {Block} from '../types.js'

// "          o Harbour map", "               # Tide tables": the bullets that text
// browsers (lynx) and html2text draw for the third and fourth levels of a nested list.
const nestedBullet = /^([o#@])[ \t]+(?=\S)/

/**
 * Make the lines of a nested list that text browsers draw with `o`, `#` or
 * `@` bullets list items, as the parser does with `*` and `+`
 * (`     * Harbour` ⏎ `          + Ferries` ⏎ `               o Timetables`).
 *
 * Such a line is an item when it follows a list item: deeper than the text
 * of the item before it (a child), or at the indent of an item with the same
 * bullet in the same list (a sibling). A wrapped line of an item's own text
 * starts at its text column, so it stays a line (`* Crews said the new` ⏎
 * `  o barco chega amanhã`).
 *
 * @param blocks The blocks of a text, in order (changed in place).
 */
export function markNestedBullets(blocks: readonly Block[]): undefined {
  // Indent of the last item with each bullet in the current list.
  let seen: Map<string, number> | undefined
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]
    const data = block.data
    if (data.bullet !== undefined) {
      if (data.kind === 'list-item') (seen ||= new Map()).set(data.bullet, data.indent)
      continue
    }
    const code = block.value.charCodeAt(0)
    const candidate = (code === 111 /* o */ || code === 35 /* # */ || code === 64 /* @ */) && data.indent >= 4 && data.blankBefore <= 1 && index > 0
    const match = candidate ? nestedBullet.exec(block.value) : null
    const previous = index > 0 ? blocks[index - 1] : undefined
    if (!match || !previous || previous.data.kind !== 'list-item' || previous.data.bullet === undefined || !seen) {
      seen = undefined
      continue
    }
    const textColumn = previous.data.indent + previous.data.bullet.length + 1
    if (!(data.indent > textColumn || seen.get(match[1]) === data.indent)) {
      seen = undefined
      continue
    }
    const length = match[0].length
    const start = block.position.start
    block.position = {start: {line: start.line, column: start.column + length, offset: start.offset! + length}, end: block.position.end}
    block.value = block.value.slice(length)
    data.kind = 'list-item'
    data.bullet = match[1]
    seen.set(match[1], data.indent)
  }
}

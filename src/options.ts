/**
 * Option checks shared by the plugins.
 */

/**
 * Read a three-way option: `'auto'` (decide from the document, the default
 * when unset), `true` or `false`.
 *
 * @param value The option as given.
 * @param name Its name in messages (`stripMarkdown.markdown`).
 * @returns The mode.
 * @throws {TypeError} Naming the option when it is anything else.
 */
export function autoOption(value: unknown, name: string): boolean | 'auto' {
  const mode = value ?? 'auto'
  if (mode !== 'auto' && mode !== true && mode !== false) {
    throw new TypeError('unscrape: `' + name + "` must be 'auto', true or false, got `" + String(mode) + '`')
  }
  return mode
}

// Helpers shared by the scripts under test/ (eval, bench, corpus): command-line
// options and JSON Lines files.
import fs from 'node:fs'

/**
 * The value after `--name` in `args`, or `fallback` when the option (or its value) is missing.
 *
 * @param {string[]} args Command-line arguments.
 * @param {string} name Option name without the dashes.
 * @param {string | undefined} fallback Value when the option is absent.
 */
export function option(args, name, fallback) {
  const i = args.indexOf('--' + name)
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback
}

/**
 * Read a JSON Lines file: one record a non-blank line.
 *
 * @param {string} file Path of the file.
 */
export function readJsonl(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
}

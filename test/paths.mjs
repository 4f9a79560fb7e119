// Where the scripts in `test/eval` and `test/bench` find things: the
// repository, the built CLI, and the corpus in `../shared` (`UNSCRAPE_SHARED`
// moves it).
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const shared = process.env.UNSCRAPE_SHARED || path.resolve(root, '../shared')
export const dev = path.join(shared, 'corpus/dev')
export const score = path.join(shared, 'eval/score.mjs')
export const cli = path.join(root, 'dist/cli.js')

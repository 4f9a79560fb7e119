import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/corpus/**', 'test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    // The ReDoS check (test/redos) runs recheck's automaton analysis on every
    // regex of src/ in one worker: it needs more than the default ~4 GB heap.
    execArgv: ['--max-old-space-size=8192']
  }
})

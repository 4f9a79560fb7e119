import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

// Checks that read the real pages in `../shared` (run by `.ci/run`, not by `npm test`).
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/corpus/**/*.test.ts', 'test/e2e/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000
  }
})

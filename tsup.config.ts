import {defineConfig} from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    testing: 'src/testing.ts',
    cli: 'src/cli/main.ts',
    worker: 'src/cli/worker.ts'
  },
  format: ['esm', 'cjs'],
  dts: {entry: {index: 'src/index.ts', testing: 'src/testing.ts'}},
  target: 'node20',
  platform: 'node',
  sourcemap: false,
  clean: true,
  splitting: false,
  shims: true
})

// A worker for `test/batch.test.ts` that dies (exits its thread) on any
// line whose text is "die", and otherwise is the real worker.
import {processTask} from '../../dist/worker.js'

export default function (task) {
  const text = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength).toString('utf8')
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim())
  if (lines.some((line) => JSON.parse(line).text === 'die')) process.exit(3)
  return processTask(task)
}

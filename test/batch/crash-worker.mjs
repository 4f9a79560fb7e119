// A worker for `test/batch.test.ts` that dies (exits its thread) on any
// line whose text is "die", and otherwise is the real worker.
import {processTask} from '../../dist/worker.js'

export default function (task) {
  if (task.lines.some((line) => JSON.parse(line).text === 'die')) process.exit(3)
  return processTask(task)
}

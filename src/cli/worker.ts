/**
 * Worker entry for `unscrape batch` (piscina runs the default export in each
 * worker thread).
 */
import {processTask} from './batch.js'

export {processLine, processTask} from './batch.js'

export default processTask

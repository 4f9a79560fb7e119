/** Worker entry for `unscrape batch --workers` (see issue 7). */
export {processLine} from './batch.js'

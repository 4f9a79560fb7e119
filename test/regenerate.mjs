// Rewrite every `test/fixtures/*/expected.json` from the current behaviour
// (`npm run fixtures:regenerate`), then review the diff with git.
import {regenerateFixtures} from '../dist/testing.js'

const changed = regenerateFixtures(new URL('fixtures/', import.meta.url))
console.log(changed.length ? 'Regenerated: ' + changed.join(', ') : 'No expectation changed')

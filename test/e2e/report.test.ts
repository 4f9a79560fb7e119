import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {cleanup, cleanupHtml, toReportHtml} from '../../src/index.js'
import {launch, type Browser} from './browser.js'

// Browser globals used inside `page.evaluate` (the project compiles without the DOM library).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const window: any, document: any

// `npm run test:corpus` builds first, so the bin is the one users run.
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))
const example = fileURLToPath(new URL('../../examples/article.txt', import.meta.url))
const screenshot = fileURLToPath(new URL('../../examples/report.png', import.meta.url))
const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'unscrape-e2e-'))

let browser: Browser

beforeAll(async () => {
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
  fs.rmSync(temporary, {recursive: true, force: true})
})

/**
 * Open a file in a new tab, recording dialogs, `alert()` calls, page errors
 * and console errors (a CSP violation logs one).
 */
async function open(file: string) {
  const page = await browser.context.newPage()
  const dialogs: string[] = []
  const errors: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  // Runs before the page's own scripts, whatever its CSP says.
  await page.addInitScript(() => {
    const w = window as unknown as {__calls: string[]}
    w.__calls = []
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      window[name] = ((...args: unknown[]) => {
        w.__calls.push(name + ':' + String(args[0]))
      }) as never
    }
  })
  await page.goto(pathToFileURL(file).href)
  await page.waitForLoadState('load')
  // Give an `onerror` of a broken image time to fire, if one had been created.
  await page.waitForTimeout(150)
  return {page, dialogs, errors}
}

/** The input-pane span whose text is exactly `text`. */
function span(page: Page, text: string) {
  return page.locator('pre.src > .s').filter({hasText: new RegExp('^' + text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '$')})
}

describe('report of the example article, in Chromium', () => {
  const output = path.join(temporary, 'article.html')
  const text = fs.readFileSync(example, 'utf8')
  const result = cleanup(text, {trace: true})

  beforeAll(() => {
    const run = spawnSync(process.execPath, [cli, 'report', example, '-o', output], {encoding: 'utf8'})
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  test('shows the fate of body, joined, tag, related and removed spans', async () => {
    const {page, dialogs, errors} = await open(output)

    // A body paragraph, in the input and in the output.
    const body = page.locator('pre.src > .s', {hasText: 'The small bakery on Mill Lane'})
    await expect(body.getAttribute('data-fate')).resolves.toBe('body')
    const paragraph = page.locator('.out p[data-fate=body]', {hasText: 'The small bakery on Mill Lane'})
    await expect(paragraph.count()).resolves.toBe(1)

    // "The judges praised the loaf for its⏎⏎dark crust⏎⏎and its open crumb…": one span, joins marked.
    const joined = page.locator('pre.src > .s', {hasText: 'The judges praised'})
    await expect(joined.getAttribute('data-fate')).resolves.toBe('body')
    await expect(joined.locator('.join').count()).resolves.toBeGreaterThanOrEqual(2)
    await expect(joined.textContent()).resolves.toContain('dark crust')
    await expect(page.locator('.out p', {hasText: 'for its dark crust and its open crumb'}).count()).resolves.toBe(1)

    // A removed line, with its rule id in a data attribute, on hover, and in the summary.
    const removed = span(page, 'Share on Facebook')
    await expect(removed.getAttribute('data-fate')).resolves.toBe('removed')
    const rule = await removed.getAttribute('data-rule')
    expect(rule).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
    await expect(removed.getAttribute('title')).resolves.toContain(rule!)
    await expect(page.locator(`.summary tr[data-row-rule="${rule}"]`).count()).resolves.toBe(1)

    // A tag of the list after "Tags", in the input and in the output.
    await expect(span(page, 'Hollowbrook').getAttribute('data-fate')).resolves.toBe('tag')
    await expect(page.locator('.out li[data-fate=tag]', {hasText: /^Hollowbrook$/}).count()).resolves.toBe(1)

    // A related headline with its glued section label ("BusinessMill Lane…") marked, and split off in the output.
    const related = span(page, 'BusinessMill Lane shops reopen after the flood')
    await expect(related.getAttribute('data-fate')).resolves.toBe('related')
    await expect(related.getAttribute('data-section')).resolves.toBe('Business')
    await expect(related.locator('.section').textContent()).resolves.toBe('Business')
    const item = page.locator('.out li[data-fate=related]', {hasText: 'Mill Lane shops reopen after the flood'})
    await expect(item.getAttribute('data-section')).resolves.toBe('Business')
    await expect(item.locator('.headline').textContent()).resolves.toBe('Mill Lane shops reopen after the flood')

    // Hover (the inline script runs under the CSP): input span and output paragraph light up together.
    await body.hover()
    await expect(paragraph.getAttribute('class')).resolves.toContain('hl')

    // The rendered page matches what the library computed.
    await expect(page.locator('.out p[data-fate=body]').allTextContents()).resolves.toEqual(result.paragraphs)
    await expect(page.locator('pre.src').textContent()).resolves.toBe(text)

    await page.mouse.move(0, 0)
    await page.screenshot({path: screenshot, fullPage: true})
    expect(fs.statSync(screenshot).size).toBeGreaterThan(10_000)
    expect(dialogs).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })
})

describe('report of a hostile document, in Chromium', () => {
  const hostile =
    'Menu\n\nThe council met on Tuesday <script>alert(1)</script> to talk about the new library, which opens next spring in the old post office on the square.\n\n' +
    'A reader wrote: <img src=x onerror=alert(2)> and "quoted" it, \'twice\' & more </pre></style><svg onload=alert(3)>.\n\n' +
    'Share on Facebook\n'

  async function expectInert(file: string, input: string) {
    const {page, dialogs, errors} = await open(file)
    expect(dialogs).toEqual([])
    await expect(page.evaluate(() => (window as unknown as {__calls: string[]}).__calls)).resolves.toEqual([])
    // Nothing from the input became live DOM: one script (ours), no image, no handler attributes.
    const live = await page.evaluate(() => ({
      scripts: [...document.scripts].map((d: {textContent: string}) => d.textContent.includes('alert')),
      elements: document.querySelectorAll('img, svg, iframe, object, embed, textarea').length,
      handlers: [...document.querySelectorAll('*')].filter((d: {attributes: Iterable<{name: string}>}) => [...d.attributes].some((a) => a.name.startsWith('on'))).length
    }))
    expect(live).toEqual({scripts: [false], elements: 0, handlers: 0})
    // The hostile text is shown as text, whole.
    await expect(page.locator('pre.src').textContent()).resolves.toBe(input)
    await page.close()
    return errors
  }

  test('nothing from a text input executes', async () => {
    const file = path.join(temporary, 'hostile.html')
    fs.writeFileSync(file, toReportHtml(hostile, cleanup(hostile, {trace: true}), {name: '<script>alert(4)</script>'}))
    expect(await expectInert(file, hostile)).toEqual([])
  })

  test('nothing from an HTML input executes', async () => {
    const page =
      '<!doctype html><html><head><script>alert(5)</script></head><body><img src=x onerror=alert(6)>' +
      '<p>The harbour bridge reopened on Sunday after two years of repairs, and the first bus crossed it at dawn.</p>' +
      '<p onclick="alert(7)">' + hostile.replace(/\n/g, ' ') + '</p></body></html>'
    const file = path.join(temporary, 'hostile-page.html')
    fs.writeFileSync(file, toReportHtml(page, cleanupHtml(page, {trace: true})))
    expect(await expectInert(file, page)).toEqual([])
  })

  test('escaping alone is enough: nothing executes without the CSP', async () => {
    const file = path.join(temporary, 'hostile-no-csp.html')
    const html = toReportHtml(hostile, cleanup(hostile, {trace: true}))
    const withoutPolicy = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    expect(withoutPolicy).not.toBe(html)
    fs.writeFileSync(file, withoutPolicy)
    expect(await expectInert(file, hostile)).toEqual([])
  })
})

describe('batch report index, in Chromium', () => {
  test('links every page, most removed first', async () => {
    const input = path.join(temporary, 'batch.jsonl')
    const directory = path.join(temporary, 'batch')
    const article = fs.readFileSync(example, 'utf8')
    fs.writeFileSync(
      input,
      [JSON.stringify({id: 'example', text: article}), JSON.stringify({id: 'short', text: 'Menu\n\nSearch\n\nSign in'})].join('\n') + '\n'
    )
    const run = spawnSync(process.execPath, [cli, 'report', input, '-o', directory], {encoding: 'utf8'})
    expect(run.status).toBe(0)
    const {page, errors} = await open(path.join(directory, 'index.html'))
    const shares = await page.locator('tbody tr').evaluateAll((rows) => rows.map((d) => Number(d.getAttribute('data-removed'))))
    expect(shares).toEqual([...shares].sort((a, b) => b - a))
    await page.locator('tbody a', {hasText: 'example'}).click()
    await page.waitForLoadState('load')
    await expect(page.locator('h1').textContent()).resolves.toBe('unscrape report: example')
    expect(errors).toEqual([])
    await page.close()
  })
})

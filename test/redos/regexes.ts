/**
 * Find every regex in `src/`: regex literals and `new RegExp(…)` / `RegExp(…)`
 * calls, with their arguments folded to strings where the source allows
 * (string literals, `+`, templates, same-file constants, `.source` of a
 * literal, `[…].join(…)`). A part only known at run time (an escaped tag
 * name) stands in as a plain letter.
 */
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/** A regex found in the source. */
export interface FoundRegex {
  /** `file:line`. */
  where: string
  /** The pattern. */
  source: string
  /** The flags. */
  flags: string
  /** Whether a part of it was only known at run time. */
  partial: boolean
}

/** Every `.ts` file under a folder. */
export function sourceFiles(folder: string): string[] {
  const files: string[] = []
  for (const entry of fs.readdirSync(folder, {withFileTypes: true})) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) files.push(...sourceFiles(full))
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(full)
  }
  return files.sort()
}

/** The regexes of one file. */
export function regexesOf(file: string, root: string): FoundRegex[] {
  const text = fs.readFileSync(file, 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const constants = new Map<string, ts.Expression>()
  const found: FoundRegex[] = []
  const name = path.relative(root, file)
  const where = (node: ts.Node) => name + ':' + (source.getLineAndCharacterOfPosition(node.getStart()).line + 1)

  // Constants first (any scope): `const word = '…'`.
  const collect = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      constants.set(node.name.text, node.initializer)
    }
    ts.forEachChild(node, collect)
  }
  collect(source)

  let partial = false
  const fold = (node: ts.Expression, depth = 0): string => {
    if (depth > 50) {
      partial = true
      return 'a'
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return fold(node.expression, depth + 1)
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      return fold(node.left, depth + 1) + fold(node.right, depth + 1)
    }
    if (ts.isTemplateExpression(node)) {
      let value = node.head.text
      for (const span of node.templateSpans) value += fold(span.expression, depth + 1) + span.literal.text
      return value
    }
    if (ts.isRegularExpressionLiteral(node)) return node.text.slice(1, node.text.lastIndexOf('/'))
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'source') return fold(node.expression, depth + 1)
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'join' &&
      ts.isArrayLiteralExpression(node.expression.expression)
    ) {
      const separator = node.arguments[0] ? fold(node.arguments[0], depth + 1) : ','
      return node.expression.expression.elements.map((d) => fold(d as ts.Expression, depth + 1)).join(separator)
    }
    if (ts.isIdentifier(node) && constants.has(node.text)) return fold(constants.get(node.text)!, depth + 1)
    partial = true
    return 'a'
  }

  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const slash = node.text.lastIndexOf('/')
      found.push({where: where(node), source: node.text.slice(1, slash), flags: node.text.slice(slash + 1), partial: false})
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp' &&
      node.arguments &&
      node.arguments.length > 0
    ) {
      partial = false
      const pattern = fold(node.arguments[0])
      const flags = node.arguments[1] ? fold(node.arguments[1]) : ''
      found.push({where: where(node), source: pattern, flags, partial})
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/**
 * Whether a pattern has a quantifier without an upper bound (`*`, `+`,
 * `{n,}`). Without one, a match attempt reads a bounded stretch of the input,
 * however the pattern is searched.
 */
export function hasUnboundedQuantifier(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (char === '\\') i++
    else if (char === '[') i = classEnd(source, i)
    else if (char === '*' || char === '+' || (char === '{' && /^\{\d+,\}/.test(source.slice(i)))) return true
  }
  return false
}

/**
 * Whether every top-level alternative of a pattern starts with `^` and the
 * pattern has no `m` flag: it is then tried at the start of the input only.
 */
export function anchoredAtStart(source: string, flags: string): boolean {
  if (flags.includes('m')) return false
  let depth = 0
  let start = 0
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (char === '\\') i++
    else if (char === '[') i = classEnd(source, i)
    else if (char === '(') depth++
    else if (char === ')') depth--
    else if (char === '|' && depth === 0) {
      if (source[start] !== '^') return false
      start = i + 1
    }
  }
  return source[start] === '^'
}

/** The index of the `]` that closes the character class opened at `open`. */
function classEnd(source: string, open: number): number {
  let i = open + 1
  for (; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++
  return i
}

/**
 * Japanese phrase pack (data only).
 */
import type {Lexicon} from './types.js'

export const ja: Lexicon = {
  language: 'ja',
  boilerplate: ['続きを読む', '広告', 'シェア', 'コメント', 'メニュー', '検索', 'ログイン'],
  boilerplatePrefixes: ['シェアする', 'フォローする', 'all rights reserved', '無断転載'],
  tagCues: ['タグ', 'キーワード'],
  relatedCues: ['関連記事', '人気記事', 'おすすめ記事', 'あわせて読みたい'],
  sections: ['国際', '政治', '経済', 'スポーツ', '社会', '文化', '科学', 'テクノロジー'],
  commentCues: ['コメント', 'コメントを書く', 'コメントする']
}

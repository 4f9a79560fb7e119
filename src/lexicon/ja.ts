/**
 * Japanese phrase pack (data only).
 */
import type {Lexicon} from './types.js'

/** The Japanese phrase pack (`language: 'ja'`): all in lower case. */
export const ja: Lexicon = {
  language: 'ja',
  boilerplate: ['続きを読む', '広告', 'シェア', 'コメント', 'メニュー', '検索', 'ログイン', '印刷', 'ツイート', 'メールで送る', '次の記事', '前の記事', 'この記事をシェア',
    // A blog's sidebar widgets: search, its author, its archive, its feed.
    '記事検索', 'ブログ内検索', 'サイト内検索', 'プロフィール', '管理人', 'このブログの管理人', '月別アーカイブ', 'アーカイブ', 'カテゴリ', 'カテゴリー', '最近のコメント', '購読', 'お問い合わせ',
    // Its footer: privacy policy, terms of use, disclaimer, site map, about its operator.
    'プライバシーポリシー', '利用規約', '免責事項', 'サイトマップ', '運営者情報', '運営者について'],
  boilerplatePrefixes: ['シェアする', 'フォローする', 'このブログの更新情報を', 'all rights reserved', '無断転載', 'この記事をシェア', 'copyright', '©'],
  tagCues: ['タグ', 'キーワード', '関連キーワード', '関連タグ'],
  relatedCues: ['関連記事', '関連ニュース', '人気記事', 'おすすめ記事', 'あわせて読みたい', '新着記事', '最新記事', 'ランダム記事', 'よく読まれている記事', 'アクセスランキング', 'この記事を読んだ人はこんな記事も読んでいます', '人気の記事'],
  sections: ['国際', '政治', '経済', 'スポーツ', '社会', '文化', '科学', 'テクノロジー', 'ビジネス', 'エンタメ', 'ライフ', '地域', 'ニュース'],
  commentCues: ['コメント', 'コメントを書く', 'コメントする']
}

/**
 * Chinese phrase pack (data only).
 */
import type {Lexicon} from './types.js'

export const zh: Lexicon = {
  language: 'zh',
  boilerplate: ['阅读更多', '广告', '分享', '评论', '菜单', '搜索', '登录'],
  boilerplatePrefixes: ['分享到', '版权所有', '关注我们'],
  tagCues: ['标签', '关键词'],
  relatedCues: ['相关阅读', '相关新闻', '热门文章', '推荐阅读'],
  sections: ['国际', '政治', '经济', '体育', '社会', '文化', '科技'],
  commentCues: ['评论', '发表评论', '网友评论']
}

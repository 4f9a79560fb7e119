/**
 * Chinese phrase pack (data only).
 */
import type {Lexicon} from './types.js'

/** The Chinese phrase pack (`language: 'zh'`): all in lower case. */
export const zh: Lexicon = {
  language: 'zh',
  boilerplate: ['阅读更多', '广告', '分享', '评论', '菜单', '搜索', '登录', '打印', '上一篇', '下一篇', '收藏',
    // The footer's legal links and site map, an advertiser's label.
    '隐私政策', '用户协议', '服务条款', '关于我们', '联系我们', '网站地图', '免责声明', '版权声明'],
  boilerplatePrefixes: ['分享到', '版权所有', '关注我们', 'copyright', '©', '责任编辑'],
  tagCues: ['标签', '標籤', '关键词', '關鍵詞', '相关标签'],
  relatedCues: ['相关阅读', '相關閱讀', '相关新闻', '相關新聞', '热门文章', '熱門文章', '推荐阅读', '推薦閱讀', '相关文章', '相關文章', '最新文章', '猜你喜欢', '热门新闻', '延伸阅读', '延伸閱讀'],
  sections: ['国际', '國際', '政治', '经济', '經濟', '体育', '體育', '社会', '社會', '文化', '科技', '财经', '財經', '娱乐', '娛樂', '军事', '健康', '国内', '國內'],
  commentCues: ['评论', '发表评论', '网友评论']
}

/**
 * English phrase pack (data only).
 */
import type {Lexicon} from './types.js'

export const en: Lexicon = {
  language: 'en',
  boilerplate: [
    'know more',
    'see links of interest',
    'advertisement',
    'share',
    'share this',
    'share this article',
    'tweet',
    'email',
    'print',
    'comments',
    'read more',
    'sign in',
    'log in',
    'subscribe',
    'menu',
    'search',
    'close',
    'skip to content',
    'skip to main content',
    'back to top',
    'last news',
    'translator',
    'work calendar',
    'fact checking',
    'show more',
    'show less',
    'see more',
    'see all',
    'view all',
    'load more',
    'permalink',
    'show comments'
  ],
  boilerplatePrefixes: [
    'according to the criteria of the trust project',
    'share on ',
    'share this with ',
    'follow us on ',
    'sign up for ',
    'copyright ',
    '© ',
    'all rights reserved',
    'we use cookies',
    'this website uses cookies',
    'click here to ',
    'follow on '
  ],
  tagCues: ['tags', 'tag', 'tagged', 'tagged with', 'topics', 'topic', 'related topics', 'topics in this article', 'filed under', 'posted in', 'know more', 'more on', 'more about', 'in this article', 'keywords', 'subjects', 'see more on', 'explore more on these topics', 'follow the topics within this article'],
  relatedCues: ['related', 'related stories', 'related articles', 'related posts', 'related content', 'related news', 'related coverage', 'related links', 'more on this story', 'more from', 'more stories', 'more news', 'more articles', 'more like this', 'read next', 'read this next', 'up next', 'what to read next', 'most read', 'most popular', 'most viewed', 'most shared', 'most commented', 'most watched', 'popular', 'popular now', 'popular stories', 'trending', 'trending now', 'trending stories', 'top stories', 'top news', 'latest', 'latest news', 'latest stories', 'recent posts', 'recent articles', 'recent blog posts', 'recent stories', 'recommended', 'recommended for you', 'recommended stories', 'you may also like', 'you might also like', 'you may be interested in', 'you might be interested in', 'don’t miss', 'don\'t miss', 'editors’ picks', 'editors\' picks', 'editor’s picks', 'editor\'s picks', 'picked for you', 'further reading', 'see also', 'also read', 'also on', 'in case you missed it', 'elsewhere on', 'around the web', 'now on', 'watch now', 'top videos'],
  sections: ['news', 'world', 'world news', 'us', 'u.s.', 'uk', 'local', 'national', 'international', 'europe', 'asia', 'asia pacific', 'africa', 'americas', 'latin america', 'middle east', 'canada', 'australia', 'politics', 'business', 'economy', 'finance', 'markets', 'money', 'tech', 'technology', 'sci-tech', 'science', 'health', 'environment', 'climate', 'education', 'crime', 'law', 'media', 'opinion', 'analysis', 'editorial', 'column', 'commentary', 'features', 'reviews', 'culture', 'arts', 'books', 'music', 'movies', 'film', 'tv', 'television', 'entertainment', 'celebrity', 'style', 'fashion', 'food', 'travel', 'lifestyle', 'living', 'weather', 'video', 'videos', 'photos', 'podcast', 'podcasts', 'games', 'gaming', 'autos', 'cars', 'real estate', 'sport', 'sports', 'football', 'soccer', 'tennis', 'golf', 'cricket', 'rugby', 'basketball', 'baseball', 'hockey', 'fact check', 'obituaries', 'auto news', 'car reviews']
}

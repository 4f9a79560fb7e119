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
    'fact checking'
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
    'click here to '
  ],
  tagCues: ['tags', 'tags:', 'topics', 'related topics', 'filed under', 'filed under:', 'know more', 'more on'],
  relatedCues: ['related', 'related stories', 'related articles', 'more on this story', 'read next', 'most read', 'most popular', 'you may also like', 'recommended', 'more stories'],
  sections: ['world', 'europe', 'asia', 'africa', 'americas', 'politics', 'business', 'economy', 'sport', 'sports', 'culture', 'science', 'technology', 'health', 'opinion', 'entertainment', 'travel', 'lifestyle'],
  commentCues: ['comments', 'comment', 'leave a reply', 'leave a comment', 'post a comment', 'add a comment', 'join the discussion', 'join the conversation', 'responses', 'replies', 'thoughts on', 'responses to', 'reader comments', 'show comments', 'view comments', 'discussion']
}

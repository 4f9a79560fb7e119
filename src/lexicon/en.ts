/**
 * English phrase pack (data only).
 */
import type {Lexicon} from './types.js'

/** The English phrase pack (`language: 'en'`): all in lower case. */
export const en: Lexicon = {
  language: 'en',
  boilerplate: [
    'know more',
    'see links of interest',
    'advertisement',
    'share',
    'share this',
    'share this article',
    'more sharing options',
    'sharing options',
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
    'back to top', 'back to gallery',
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
    'show comments',
    'facebook',
    'twitter',
    'instagram',
    'linkedin',
    'pinterest',
    'whatsapp',
    'telegram',
    'e-mail',
    'youtube',
    'reddit',
    'flipboard', 'explore further', 'share on facebook', 'share on twitter', 'newsletter', 'sign up', 'related', 'next article', 'previous article', 'next post', 'previous post', 'leave a comment', 'print this article', 'view comments', 'follow us', 'advertise with us', 'privacy policy', 'terms of use', 'terms of service', 'terms and conditions', 'terms & conditions', 'site map', 'sitemap', 'sponsored', 'sponsored content', 'paid content', 'paid post', 'cookie policy', 'contact us', 'about us', 'comments are closed', 'all rights reserved', 'tweet about this on twitter', 'email this to someone', 'pin on pinterest',
    // A newsletter's call inside a line: "Get the week's best stories in your inbox!".
    'in your inbox', 'to your inbox',
    // Buttons: a box's "Learn more", a quote's "Click to Tweet", a video player's "Thanks for watching!" and
    // "Visit website", a survey's "Give feedback".
    'learn more', 'click to tweet', 'thanks for watching', 'visit website', 'give feedback',
    // A reader's control of the text: "Text size".
    'text size',
    // A newsletter form's answers: "You have been successfully subscribed!".
    'you have been successfully subscribed', 'you have successfully subscribed', 'thank you for subscribing', 'thanks for subscribing', 'thank you for signing up', 'thanks for signing up',
    // A sharing widget's button: "Bookmark and Share".
    'bookmark and share',
    // A licence under a post, also inside a longer line: "Harbour Notes. This work is licensed under a Creative Commons…".
    'this work is licensed under',
    // A shop's link in a widget of offers, no headline: "Harbour Outfitters voucher codes", "Quay Sports promo code".
    'voucher code', 'voucher codes', 'discount code', 'discount codes', 'promo code', 'promo codes', 'coupon code', 'coupon codes'],
  boilerplatePrefixes: [
    'according to the criteria of the trust project',
    'share on ', 'share this on ', 'share it on ',
    'share this with ',
    // "Share to facebook Share to twitter", "Share via Email".
    'share to ', 'share via ',
    // An author's notice: "Follow me on Mastodon.".
    'follow me on ',
    // A link to another article inside this one: "Related: Seven ways the harbour changed", "See also: …".
    'related: ', 'see also: ', 'also read: ', 'read also: ',
    // A newsletter's form and a subscription's pitch: "No spam, we promise.", "Get breaking harbour news…",
    // "If you enjoyed this article, join…".
    'no spam', 'get breaking ', 'if you enjoyed this article', 'if you enjoyed this post', 'if you liked this article', 'if you liked this post',
    'follow us on ',
    'sign up for ',
    'copyright ',
    '© ',
    'all rights reserved',
    'we use cookies',
    'this website uses cookies',
    'click here ',
    'subscribe now',
    'subscribe today',
    'follow on ',
    'view author',
    'get author',
    'send us a ',
    'add to ',
    'enter your ',
    'join the conversation',
    'leave a reply',
    'leave a comment',
    'skip to ',
    'copy link',
    'get the magazine',
    'view more',
    'see more',
    'load more',
    'read more', 'subscribe to our newsletter', 'sign up to our newsletter', 'accept cookies', 'by continuing to use', 'read more:', 'advertisement -',
    'click on the image ', 'click the image ', 'click on the photo ', 'click the photo ',
    // The notices of WordPress's "share by email" button, in every page that has one.
    'post was not sent', 'email check failed', 'sorry, your blog cannot share posts by email',
    'if you would like to add a comment', 'if you would like to comment',
    // A newsletter's or a paywall's call, a widget's credit: "Subscribe for full access", "Powered by Harbourware".
    'subscribe for ', 'subscribe to ', 'powered by ',
    // A site's licence notice in its footer: "Content of this site is licensed under a Creative Commons License".
    // An advertiser's teaser among the headlines: "Sponsored: Sip, savor, celebrate".
    'sponsored: ', 'sponsored content: ', 'paid content: ', 'paid post: ',
    // A form's error, a share-by-email form's answer: "There was a problem subscribing you…",
    // "An error has occurred, please try again later.", "This article has been sent to".
    'there was a problem subscribing', 'there was an error subscribing', 'an error has occurred, please try again', 'an error occurred, please try again', 'this article has been sent to',
    // A notice about the reader's browser: "We've detected you are on Internet Explorer…", "Please enable JavaScript…".
    'we\'ve detected you are', 'we’ve detected you are', 'you are using an outdated browser', 'your browser is out of date', 'please update your browser', 'please upgrade your browser', 'please enable javascript',
    // A publisher's reprint notice under the article: "This copy is for your personal, non-commercial use only. To order…".
    'this copy is for your personal, non-commercial use only',
    // A site's notes about itself and its calls: "Why you can trust Harbour News", "Opinions expressed by Harbour
    // contributors are their own.", "Follow @harbourdesk on Twitter…", "Join our forums…", "Stay up to date with Harbour News.".
    'why you can trust ', 'opinions expressed by ', 'follow @', 'join our ', 'stay up to date with ',
    'content of this site is licensed under', 'content on this site is licensed under', 'the content of this site is licensed under', 'this site is licensed under'],
  tagCues: ['tags', 'tag', 'tagged', 'tagged with', 'topics', 'topic', 'related topics', 'topics in this article', 'filed under', 'posted in', 'know more', 'more on', 'more about', 'in this article', 'keywords', 'subjects', 'see more on', 'explore more on these topics', 'follow the topics within this article'],
  relatedCues: ['related', 'related stories', 'related articles', 'related posts', 'related content', 'related news', 'related coverage', 'related links', 'more on this story', 'more from', 'more stories', 'more news', 'more articles', 'more like this', 'read next', 'read this next', 'up next', 'what to read next', 'most read', 'most popular', 'most viewed', 'most shared', 'most commented', 'most watched', 'popular', 'popular now', 'popular stories', 'trending', 'trending now', 'trending stories', 'top stories', 'top news', 'latest', 'latest news', 'latest stories', 'recent posts', 'recent articles', 'recent blog posts', 'recent stories', 'most recent stories', 'most recent posts', 'most recent articles', 'recommended', 'recommended for you', 'recommended stories', 'you may also like', 'you might also like', 'you may be interested in', 'you might be interested in', 'don’t miss', 'don\'t miss', 'editors’ picks', 'editors\' picks', 'editor’s picks', 'editor\'s picks', 'picked for you', 'further reading', 'see also', 'also read', 'read also', 'also on', 'in case you missed it', 'other news', 'other news in this section', 'more in this section', 'more news in this section', 'also in this section', 'elsewhere on', 'around the web', 'now on', 'watch now', 'top videos'],
  sections: ['news', 'world', 'world news', 'us', 'u.s.', 'uk', 'local', 'national', 'international', 'europe', 'asia', 'asia pacific', 'africa', 'americas', 'latin america', 'middle east', 'canada', 'australia', 'politics', 'business', 'economy', 'finance', 'markets', 'money', 'tech', 'technology', 'sci-tech', 'science', 'health', 'environment', 'climate', 'education', 'crime', 'law', 'media', 'opinion', 'analysis', 'editorial', 'column', 'commentary', 'features', 'reviews', 'culture', 'arts', 'books', 'music', 'movies', 'film', 'tv', 'television', 'entertainment', 'celebrity', 'style', 'fashion', 'food', 'travel', 'lifestyle', 'living', 'weather', 'video', 'videos', 'photos', 'podcast', 'podcasts', 'games', 'gaming', 'autos', 'cars', 'real estate', 'sport', 'sports', 'football', 'soccer', 'tennis', 'golf', 'cricket', 'rugby', 'basketball', 'baseball', 'hockey', 'fact check', 'obituaries', 'auto news', 'car reviews'],
  commentCues: ['comments', 'comment', 'leave a reply', 'leave a comment', 'post a comment', 'add a comment', 'join the discussion', 'join the conversation', 'responses', 'replies', 'thoughts on', 'responses to', 'reader comments', 'show comments', 'view comments', 'discussion'],
  authorCues: ['about', 'more about'],
  endCues: ['about the author', 'about the writer', 'about the reporter', 'citation', 'cite this article', 'how to cite', 'how to cite this article', 'sources', 'our sources', 'sources used', 'references', 'about this article', 'about this story', 'like this article', 'liked this article', 'enjoyed this article', 'did you enjoy this article'],
  sourceCues: ['citation', 'sources', 'our sources', 'sources used', 'references'],
  authorBio: {links: [' is a ', ' is an ', ' is the '], trades: ['reporter', 'writer', 'editor', 'correspondent', 'columnist', 'journalist', 'contributor', 'fellow', 'producer', 'publisher']},
  creditCues: ['contributed to this report', 'contributed reporting', 'additional reporting by'],
  // A line after the article that sends the reader to an address: "Follow our coverage at https://…".
  addressCues: ['follow', 'reach', 'more', 'read', 'find', 'visit', 'watch', 'listen', 'see', 'check out', 'sign up', 'subscribe', 'download', 'get'],
  noteCues: ['editor’s note', 'editor\'s note', 'editors’ note', 'editors\' note', 'correction:', 'correction, ', 'correction added', 'clarification:', 'originally published ', 'this article originally appeared', 'this story originally appeared', 'this article was originally published', 'this story was originally published'],
  continueCues: ['story continues below', 'article continues below', 'story continues after', 'article continues after', 'the story continues below', 'continue reading below', 'post continues below', 'content continues below'],
  forwardCues: ['below', 'here are', 'here’s', 'here\'s', 'here is', 'check out', 'take a look', 'the following', 'as follows', 'read on', 'scroll down', 'our picks', 'our top picks', 'listed'],
  dateWords: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'am', 'pm', 'a.m.', 'p.m.', 'gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'bst', 'cet', 'cest', 'ist', 'updated', 'published', 'posted']
}

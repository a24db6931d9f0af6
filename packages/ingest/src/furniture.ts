/**
 * Rules that tell site furniture from article text, one paragraph (or line) at a time.
 * They describe kinds of furniture that recur across news sites (share bars, navigation,
 * subscription prompts, credits, contact footers, bare links), not the strings of any one page.
 */

/** Words that make up share bars and social-link rows ("Facebook Instagram Twitter YouTube", "Facebook Twitter Share"). */
const SOCIAL_WORDS = new Set([
  'facebook', 'twitter', 'x', 'instagram', 'youtube', 'linkedin', 'whatsapp', 'telegram', 'reddit', 'pinterest',
  'tiktok', 'snapchat', 'tumblr', 'flipboard', 'messenger', 'threads', 'bluesky', 'mastodon', 'rss', 'vk', 'weibo',
  'wechat', 'line', 'email', 'e-mail', 'mail', 'print', 'share', 'shares', 'tweet', 'copy', 'link', 'url', 'comment',
  'comments', 'save', 'follow', 'us', 'on', 'this', 'article', 'story', 'page', 'the', 'via', 'and', 'or', 'to',
]);
const SOCIAL_NETWORKS = /\b(facebook|twitter|instagram|youtube|linkedin|whatsapp|telegram|reddit|pinterest|tiktok|share|tweet|email)\b/i;

/** Navigation and interface text: "Skip to content", "Sign up", "Most viewed", "Archived In", "Read more". */
const INTERFACE = new RegExp(
  '^(?:' +
    [
      'skip to\\b', 'jump to\\b', 'go to (?:the )?(?:main )?content', 'sign (?:up|in|out)\\b', 'log ?(?:in|out)\\b', 'register(?: now| for free)?$',
      'subscribe\\b', 'subscription\\b', 'newsletter', 'advertisement\\b', 'advertising\\b', 'sponsored\\b', 'read more\\b',
      'read (?:the )?full\\b', 'more information$', 'more (?:from|on|about|stories|news)\\b', 'related(?: articles| stories| content| news| posts| coverage)?:?$',
      'recommended(?: for you| stories| articles| reading)?:?$',
      'most (?:viewed|read|popular|shared|emailed)\\b', 'latest (?:news|stories)\\b', 'top stories\\b', 'archived in\\b',
      'filed under\\b', 'tags?:', 'topics?:', 'categories:', 'share (?:this|on|via)\\b', 'follow us\\b', 'cookie', 'we use cookies',
      'accept(?: all)?(?: cookies)?$', 'all rights reserved', '©', 'copyright\\b', 'back to top\\b', 'previous (?:article|story|post)\\b',
      'next (?:article|story|post)\\b', '(?:\\d+ )?comments?$', 'leave a comment', 'loading\\b', 'menu$', 'search$', 'home$',
      'click here\\b', 'download (?:the )?app\\b', 'listen to (?:this|the) article', 'print this\\b', 'support (?:our|us)\\b',
      'donate(?: now)?$', 'become a (?:member|subscriber|patron)', 'already a (?:member|subscriber)', 'you have \\d+ free',
      'this article (?:is|was) (?:available|published)',
    ].join('|') +
    ')',
  'i',
);
/** Subscription and newsletter prompts anywhere in a short paragraph ("Sign up for our weekly newsletter to get ..."). */
const SUBSCRIPTION = /\b(sign up for|subscribe to|subscribers? only|our (?:weekly |daily )?newsletter|create (?:a|your) free account|to continue reading)\b/i;

/** Contact footers: "To contact the WSWS and the Socialist Equality Party visit:", "Contact us". */
const CONTACT = /^(?:to contact\b|contact us\b|for (?:more information|inquiries|enquiries),? (?:contact|write|email)\b|send (?:us )?(?:tips|news tips)\b)|\bvisit:\s*$/i;

/** A paragraph that is only a link, domain or e-mail address ("wsws.org/contact"). */
const LINK_ONLY = /^(?:<?(?:https?:\/\/|www\.)\S+>?|[\w.-]+\.(?:com|org|net|info|co|io|news|gov|edu|int|tv|uk|es|mx|fr|de)(?:\/\S*)?|[\w.+-]+@[\w-]+\.[\w.]+)$/i;

/**
 * Credit lines: "Pep Companys/AFP/Getty", "CREDIT: David McNew/Getty Images.", "Image: Joshua Briz/AP",
 * "Translation by Ophelia Raggio", and captions that end in such a credit.
 */
const CREDIT_LEAD = /^(?:photo(?:graph)?s?|images?|pictures?|credits?|illustrations?|graphics?|video|caption|translation|translated|photo illustration)(?:\s+by\b|\s*[:|—–])/i;
const CREDIT_TAIL = /(?:^|[.!?]\s+|\s)(?:CREDIT|Credit|Photo|Photograph|Image|Picture|Illustration|Source|Photo credit)s?\s*:\s*[^.:]{2,80}\.?$/;
const SLASH_CREDIT = /^[A-Z][\p{L}.'’ -]{1,40}(?:\s*\/\s*[A-Z][\p{L}.'’ -]{1,40}){1,4}\.?$/u;

export type FurnitureKind =
  | 'markup'
  | 'share-bar'
  | 'interface'
  | 'subscription'
  | 'contact'
  | 'link'
  | 'credit'
  | 'other-language';

const SENTENCE_END = /[.!?]["”’)]*$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The kind of furniture a paragraph is, or null when it may be article text. */
export function furnitureKind(p: string): FurnitureKind | null {
  if (!LETTER_OR_DIGIT.test(p)) return 'markup';
  if (p.length <= 300 && SUBSCRIPTION.test(p)) return 'subscription';
  if (p.length <= 120) {
    const words = p.toLowerCase().split(/[\s|·•,/]+/).filter(Boolean);
    if (words.length > 0 && words.every((w) => SOCIAL_WORDS.has(w)) && SOCIAL_NETWORKS.test(p)) return 'share-bar';
    // Interface text is a label, not a sentence: a short line that ends like a sentence is left to the other rules.
    if (INTERFACE.test(p) && (p.length < 40 || !SENTENCE_END.test(p))) return 'interface';
    if (CONTACT.test(p)) return 'contact';
    if (LINK_ONLY.test(p)) return 'link';
    if (SLASH_CREDIT.test(p)) return 'credit';
  }
  if (p.length <= 400 && (CREDIT_LEAD.test(p) || CREDIT_TAIL.test(p))) return 'credit';
  return null;
}

/** Kinds that, once the article's text is behind them, mark the end of the article on most sites. */
export function marksArticleEnd(kind: FurnitureKind | null): boolean {
  return kind === 'share-bar' || kind === 'subscription' || kind === 'contact';
}

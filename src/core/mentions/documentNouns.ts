import roles from '../data/roles.json';

/** Nouns for a written or spoken text that has an author ("a statement by the ministry", "e-mails sent by her family"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['statement', 'statements', 'letter', 'letters', 'message', 'messages', 'e-mail', 'e-mails', 'email', 'emails', 'memo', 'note', 'release', 'communique', 'communiqué', 'announcement', 'notice', 'bulletin', 'tweet', 'tweets', 'post', 'posting', 'editorial', 'report', 'article', 'speech', 'study', 'survey', 'poll', 'resolution', 'motion', 'leaflet', 'leaflets', 'flyer', 'flyers', 'pamphlet', 'pamphlets', 'video', 'videos', 'ad', 'ads', 'advertisement', 'column', 'op-ed', 'transcript']);

/** Nouns for what a source says, whose author follows "by" or precedes as a possessor ("the fears expressed by an aide", "his remarks"). */
export const EXPRESSION_NOUNS: ReadonlySet<string> = new Set(roles.expressionNouns);

import type { SpeechLexicon } from '../speech-lexicon.js';

/**
 * English speech attribution. Verbs are listed in every form reporting uses them. Labelling verbs
 * ("described as", "called", "labeled") are left out of the fragment cues: what follows them is a label.
 */
export const speech: SpeechLexicon = {
  verbs: [
    'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stated', 'states', 'explained', 'explains',
    'argued', 'argues', 'warned', 'warns', 'insisted', 'insists', 'emphasized', 'emphasised', 'emphasizes', 'stressed', 'stresses',
    'acknowledged', 'acknowledges', 'declared', 'declares', 'asserted', 'asserts', 'observed', 'observes', 'remarked', 'remarks',
    'recalled', 'recalls', 'wrote', 'writes', 'replied', 'responded', 'answered', 'countered', 'cautioned', 'conceded', 'admitted',
    'maintained', 'contended', 'commented', 'asked', 'asks', 'pointed out', 'urged', 'predicted', 'announced', 'confirmed', 'concluded', 'continued', 'put it', 'testified', 'posted',
    'summarized', 'summarised', 'summed up', 'hailed', 'praised', 'lauded', 'criticized', 'criticised', 'condemned', 'denounced',
    'reiterated', 'complained', 'claimed', 'lamented',
  ],
  fragmentCues: ['promised', 'promises', 'vowed', 'vows', 'pledged', 'pledges', 'called for', 'demanded', 'promising', 'vowing', 'called', 'calling', 'calls'],
  sources: ['according to', 'in the words of'],
  adverbs: ['reportedly', 'later', 'also', 'then', 'again', 'publicly', 'privately', 'separately', 'repeatedly', 'previously', 'once', 'bluntly', 'flatly'],
  reportedVerbs: ['outlined', 'conveyed', 'suggested', 'indicated', 'signaled', 'signalled', 'proposed', 'pressed', 'raised', 'expressed', 'urged'],
  pronouns: ['he', 'she', 'they'],
  anonymousHeads: [
    'official', 'officials', 'source', 'sources', 'spokesperson', 'spokesman', 'spokeswoman', 'diplomat', 'diplomats', 'aide', 'aides',
    'adviser', 'advisor', 'analyst', 'analysts', 'officer', 'agent', 'prosecutor', 'negotiator', 'lawmaker', 'person', 'people', 'expert',
    'commander', 'general', 'secretary', 'ambassador', 'minister', 'director',
  ],
  indefinites: ['a', 'an', 'one', 'two', 'three', 'several', 'another', 'the'],
};

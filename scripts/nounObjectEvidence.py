#!/usr/bin/env python3
"""Evidence for the noun-object lexicons (session 7): every communication verb + noun object in the development
articles (never dev18, dev19, unseen), and whether the gold annotates it (a gold indirect/mixed statement starting
in the object's first 25 characters) and whether the engine does (its CLI JSON output, one file per article, as
`node dist/cli.js analyze FILE --json` prints them, one file per article). A regular-expression scan, so noisy: read the rows before deciding.
usage: python3 scripts/nounObjectEvidence.py CLIDIR ROWS.json   then   python3 scripts/nounObjectEvidence.py --table ROWS.json"""
import json, os, re, sys, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = os.path.join(ROOT, 'test/fixtures')
SETS = {'dev': 'gold', 'own': 'gold-extra', 'blind': 'gold-blind', 'holdout': 'gold-holdout'}
for n in range(2, 18): SETS['dev%d' % n] = 'gold-dev%d' % n
ADIRS = ['wikinews'] + ['wikinews-dev%d' % n for n in range(2, 18)] + ['']
def apath(name):
    if name == '000_00549d4466b3e2e4.txt': name = 'genoa-summit-2001.article'
    for d in ADIRS:
        p = os.path.join(W, d, name)
        if os.path.exists(p): return p
VERBS = {
 'condemn':'condemn(?:s|ed|ing)?', 'denounce':'denounc(?:e|es|ed|ing)', 'criticize':'criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)',
 'praise':'prais(?:e|es|ed|ing)', 'announce':'announc(?:e|es|ed|ing)', 'deny':'den(?:y|ies|ied|ying)', 'admit':'admit(?:s|ted|ting)?',
 'report':'report(?:s|ed|ing)?', 'claim':'claim(?:s|ed|ing)?', 'declare':'declar(?:e|es|ed|ing)', 'express':'express(?:es|ed|ing)?',
 'thank':'thank(?:s|ed|ing)?', 'cite':'cit(?:e|es|ed|ing)', 'offer':'offer(?:s|ed|ing)?', 'threaten':'threaten(?:s|ed|ing)?',
 'confirm':'confirm(?:s|ed|ing)?', 'reject':'reject(?:s|ed|ing)?', 'refute':'refut(?:e|es|ed|ing)', 'welcome':'welcom(?:e|es|ed|ing)',
 'dismiss':'dismiss(?:es|ed|ing)?', 'acknowledge':'acknowledg(?:e|es|ed|ing)', 'blame':'blam(?:e|es|ed|ing)', 'accuse':'accus(?:e|es|ed|ing)',
 'predict':'predict(?:s|ed|ing)?', 'recommend':'recommend(?:s|ed|ing)?', 'propose':'propos(?:e|es|ed|ing)', 'note':'not(?:e|es|ed|ing)',
 'demand':'demand(?:s|ed|ing)?', 'urge':'urg(?:e|es|ed|ing)', 'pledge':'pledg(?:e|es|ed|ing)', 'promise':'promis(?:e|es|ed|ing)',
 'describe':'describ(?:e|es|ed|ing)', 'endorse':'endors(?:e|es|ed|ing)', 'forecast':'forecast(?:s|ed|ing)?', 'fault':'fault(?:s|ed|ing)?',
 'voice':'voic(?:e|es|ed|ing)', 'reveal':'reveal(?:s|ed|ing)?', 'disclose':'disclos(?:e|es|ed|ing)', 'question':'question(?:s|ed|ing)?',
 'dispute':'disput(?:e|es|ed|ing)', 'applaud':'applaud(?:s|ed|ing)?', 'hail':'hail(?:s|ed|ing)?', 'vow':'vow(?:s|ed|ing)?',
 'emphasize':'emphasi[sz](?:e|es|ed|ing)', 'stress':'stress(?:es|ed|ing)?', 'highlight':'highlight(?:s|ed|ing)?', 'mention':'mention(?:s|ed|ing)?',
 'raise':'rais(?:e|es|ed|ing)', 'outline':'outlin(?:e|es|ed|ing)', 'unveil':'unveil(?:s|ed|ing)?', 'issue':'issu(?:e|es|ed|ing)',
 'estimate':'estimat(?:e|es|ed|ing)', 'allege':'alleg(?:e|es|ed|ing)', 'suggest':'suggest(?:s|ed|ing)?', 'advocate':'advocat(?:e|es|ed|ing)',
 'request':'request(?:s|ed|ing)?', 'defend':'defend(?:s|ed|ing)?', 'explain':'explain(?:s|ed|ing)?', 'state':'stat(?:e|es|ed|ing)',
 'protest':'protest(?:s|ed|ing)?', 'lament':'lament(?:s|ed|ing)?', 'decry':'decr(?:y|ies|ied|ying)', 'call for':'call(?:s|ed|ing)? for',
 'warn of':'warn(?:s|ed|ing)? (?:of|about)', 'complain':'complain(?:s|ed|ing)? (?:of|about)', 'cast doubt':'cast(?:s|ing)? doubts? (?:on|over)',
 'rule out':'rul(?:e|es|ed|ing) out', 'place blame':'plac(?:e|es|ed|ing) (?:the )?blame (?:on|for)', 'insist on':'insist(?:s|ed|ing)? on',
 'congratulate':'congratulat(?:e|es|ed|ing)', 'apologize':'apologi[sz](?:e|es|ed|ing) for', 'recount':'recount(?:s|ed|ing)?',
 'detail':'detail(?:s|ed|ing)?', 'support':'support(?:s|ed|ing)?', 'oppose':'oppos(?:e|es|ed|ing)', 'back':'back(?:s|ed|ing)?',
 'confess':'confess(?:es|ed|ing)?', 'boast':'boast(?:s|ed|ing)? (?:of|about)', 'concede':'conced(?:e|es|ed|ing)', 'recall':'recall(?:s|ed|ing)?',
 'argue for':'argu(?:e|es|ed|ing) (?:for|against)', 'speak of':'(?:spoke|speaks|speaking|spoken) (?:of|about)', 'talk about':'talk(?:s|ed|ing)? about',
}
DET = {'the','a','an','his','her','its','their','our','my','your','this','these','those','that','some','any','no','all','several','such','both','each','every'}
PRON = {'it','them','him','me','us','you','this','that','these','those','himself','herself','themselves','itself','everything','nothing','anything','something'}
SUBJ = {'he','she','they','we','i','you','there','what','how','whether','why','when','where','who','which','if','to','that','as','in','on','at','by','with','from','into','over','up','out','off','down','and','or','but','not','also','later','then','earlier','today','yesterday','again','so'}
BAD_BEFORE = {'the','a','an','this','these','those','that','any','no','some','each','every','another','new','recent','latest','first','which','who','were','to','will','would','can','could','should','may','might','must','shall','his','her','their','its','our','was','were','is','are','be','been','being'}  # being/was: passives; 'the announced'
AUX = {'is','was','were','are','has','have','had','will','would','could','can','should','may','might','must','did','does','do','be','been'}
verb_re = re.compile(r'\b(' + '|'.join('(?P<v%d>%s)' % (i, p) for i, p in enumerate(VERBS.values())) + r')\b', re.I)
VKEYS = list(VERBS.keys())
TOK = re.compile(r"[A-Za-z0-9'’\-\$%\.]+|[^\sA-Za-z0-9]")
def spans(d):
    out = []
    for s in d['statements']:
        if s['kind'] != 'indirect': continue
        out.append(s)
    return out
def table(path):
    by = collections.defaultdict(lambda: [0, 0, 0, 0, 0, 0])  # n, gold, engine, both, missed, extra
    for r in json.load(open(path)):
        if r['clause']: continue
        b = by[r['verb']]; g = bool(r['gold']); p = bool(r['pred'])
        b[0] += 1; b[1] += g; b[2] += p; b[3] += g and p; b[4] += g and not p; b[5] += p and not g
    print('%-14s %4s %4s %4s %4s %4s %4s' % ('verb', 'n', 'gold', 'eng', 'both', 'miss', 'xtra'))
    for v, b in sorted(by.items(), key=lambda x: -x[1][1]): print('%-14s %4d %4d %4d %4d %4d %4d' % (v, *b))
if sys.argv[1] == '--table':
    table(sys.argv[2]); sys.exit(0)
rows = []
clidir = sys.argv[1]
for sname, gd in SETS.items():
    gdir = os.path.join(W, gd)
    for fn in sorted(os.listdir(gdir)):
        if not fn.endswith('.json'): continue
        g = json.load(open(os.path.join(gdir, fn)))
        p = apath(g['article']); text = open(p).read()
        rel = os.path.relpath(p, ROOT).replace('/', '_')
        cli = json.load(open(os.path.join(clidir, rel + '.json')))
        gs = []
        for s in g['statements']:
            if s['kind'] == 'quote': continue
            i = text.find(s['text'])
            if i >= 0: gs.append((i, i + len(s['text']), s['kind'], s['text']))
        ps = [(s['start'], s['end'], s['kind'], s['text']) for s in cli['statements']]
        for m in verb_re.finditer(text):
            if m.group(0)[0].isupper() and not re.match(r'[A-Z][a-z]', m.group(0)): continue
            if m.group(0)[0].isupper() and text[max(0,m.start()-2):m.start()].strip() not in ('', '.', '"'): continue
            vk = next(VKEYS[i] for i in range(len(VKEYS)) if m.group('v%d' % i))
            before = text[max(0, m.start() - 40):m.start()]
            bw = re.findall(r"[A-Za-z']+|[^\sA-Za-z]", before)
            prev = bw[-1].lower() if bw else ''
            if prev in BAD_BEFORE: continue
            if m.group(0)[0].isupper() and (not bw or bw[-1] in '.\n"'): pass
            rest = text[m.end():m.end() + 300]
            rest = rest.split('\n')[0]
            words = re.findall(r"[A-Za-z0-9'’\-\$%]+|[^\sA-Za-z0-9]", rest)
            if not words: continue
            w0 = words[0].lower()
            if w0 in SUBJ or not re.match(r"[A-Za-z0-9\$]", words[0]): continue
            # object extent: up to sentence end / ; / ', and' / that-clause marker; cap 30 words
            obj = []
            for w in words:
                if w in '.;:?!"“”' or w == '(' : break
                obj.append(w)
                if len(obj) >= 40: break
            # strip trailing commas
            ostr_end = m.end() + len(rest.split(obj[-1])[0]) if obj else m.end()
            # compute char span of object from first word
            ostart = m.end() + rest.find(words[0])
            # end: position of the first stop
            mm = re.search(r'[.;:?!"“”(]', rest[rest.find(words[0]):])
            oend = ostart + (mm.start() if mm else len(rest))
            otext = text[ostart:oend]
            # shape
            ow = [x for x in re.findall(r"[A-Za-z0-9'’\-\$%]+", otext.split(',')[0])]
            lead = ow[0].lower() if ow else ''
            cap = ow[0][0].isupper() if ow else False
            shape_det = 'pron' if lead in PRON else 'det' if lead in DET else 'Cap' if cap else 'bare'
            nwords = len(ow)
            follow = ''
            for k, x in enumerate(ow[1:8], 1):
                if x.lower() in ('for', 'as', 'of', 'with', 'on', 'over', 'to', 'against', 'about', 'that', 'in'):
                    follow = x.lower(); break
            probe_end = ostart + min(len(otext), 25)
            def hit(lst):
                for a, b, k, t in lst:
                    if a >= ostart - 1 and a < probe_end: return (k, t)
                return None
            def inside(lst):
                return any(a < m.start() and b > m.end() for a, b, k, t in lst)
            if inside(gs) or inside(ps): continue
            gh = hit(gs); ph = hit(ps)
            seg = otext.split(',')[0].lower().split()
            clause = any(x in AUX for x in seg)
            rows.append(dict(clause=clause, set=sname, art=fn, verb=vk, form=m.group(0), prev=prev, obj=otext, det=shape_det, n=nwords, follow=follow, gold=gh, pred=ph, pos=m.start()))
json.dump(rows, open(sys.argv[2], 'w'))
print(len(rows), 'rows')

#!/usr/bin/env python3
"""Converts PolNeAR (Newell, Margolin & Ruths, LREC 2018: US political news of 2016, attributions annotated in brat
standoff files by other people than this project) into the project's gold format, so that `npm run eval -- --gold
OUT --articles POLNEAR/data/SPLIT/text` measures the engine on news it was not developed on. The articles are
copyrighted news: they stay in your PolNeAR checkout (https://github.com/networkdynamics/PolNeAR), never in the project.

usage: python3 scripts/polnear/toGold.py POLNEAR_DIR SPLIT NAMES_FILE OUT_DIR [speech|all]
  NAMES_FILE: one brat file name per line without .ann (article + annotator suffix), e.g. dev-sample.txt here
  (train-sample.txt: the train articles rules were written from; held-sample.txt: train articles kept unread).

Conversion (mode speech, the default): only attributions with a source and a cue holding a communication word (the
list below, written from the guideline's verbs, not from the engine's lexicons) or a headline's bare colon or dash
("Flynn: …") are kept — PolNeAR also annotates beliefs, feelings and intentions ("X fears", "X wants"), which the
guideline (../shared/gold/GUIDELINE.md) does not count; mode all keeps every attribution with a source. Kinds follow
the guideline: a content piece whose letters lie (90% or more) between quotation marks is direct (a quotation split
by its attribution gives one entry per piece); quoted fragments inside unquoted content give one mixed entry each;
content without marks is indirect, without a leading that/whether/if, and dropped under three words ("said as
much"). The source's spans are kept as sourceSpans: a predicted speaker mention overlapping them counts as right,
as ../shared/tools/score.py scores such gold."""
import sys, os, re, json
SPEECH = set("""say said says saying tell told tells telling state stated states add added adds adding announce announced
announces announcing claim claimed claims claiming argue argued argues arguing assert asserted asserts insist insisted insists
explain explained explains note noted notes noting report reported reports reporting write wrote writes written writing tweet
tweeted tweets tweeting declare declared declares describe described describes deny denied denies denying admit admitted admits
acknowledge acknowledged acknowledges suggest suggested suggests suggesting warn warned warns warning predict predicted predicts
promise promised promises confirm confirmed confirms reply replied replies respond responded responds answer answered ask asked
asks asking question questioned call called calls calling urge urged urges urging accuse accused accuses allege alleged alleges
complain complained complains comment commented comments mention mentioned mentions remark remarked remarks reveal revealed
reveals disclose disclosed contend contended contends maintain maintained maintains reiterate reiterated stress stressed stresses
emphasize emphasized emphasised emphasizes testify testified quoted quote quotes cite cited cites recall recalled recalls
concede conceded concedes boast boasted joke joked quip quipped vow vowed vows pledge pledged threaten threatened criticize
criticized criticised criticizes condemn condemned praise praised praises blast blasted slam slammed slams charge charged charges
counter countered retort retorted shout shouted yell yelled demand demanded demands request requested recommend recommended
propose proposed proposes agree agreed agrees disagree disagreed dispute disputed reject rejected dismiss dismissed estimate
estimated estimates forecast projected find found finds show showed shows shown indicate indicated indicates told according
statement statements interview remarks speech tweet letter email announcement testimony press conference spokesman spokeswoman
continued continue continues observed observe observes concluded conclude concludes citing pointed pointing reads echoed echo repeat repeated repeats reaffirm reaffirmed reaffirming assertion assertions criticism critique spoke speak speaks speaking responding offered recapitulated insisting arguing claiming noting adding explaining saying telling warning declaring writing""".split())
def speechy(cue):
    if cue.strip() and not re.search(r"[A-Za-z]", cue): return True   # a headline's colon or a dash: "Flynn: ..."
    return any(w in SPEECH for w in re.findall(r"[a-z]+", cue.lower()))
OPEN, CLOSE = "“\"‘'«", "”\"’'»"
def strip_punct(t, a, b):
    while a < b and not (t[a].isalnum() or t[a] in OPEN): a += 1
    while b > a and not (t[b-1].isalnum() or t[b-1] in CLOSE): b -= 1
    return a, b
def quote_mask(t):
    """mask[i] True where character i lies between quotation marks: curly and straight double marks paired within a
    paragraph (a paragraph left open stays quoted to its end), and single curly marks around words. Two
    apostrophes stand for a straight double mark, as in news archives' plain text (''Words,'' he said.)."""
    mask = [False] * len(t)
    for para in re.finditer(r"[^\n]+", t):
        a, b = para.span(); inside = False; start = a; i = a
        while i < b:
            c = t[i]; width = 2 if t.startswith("''", i) else 1
            if width == 2: c = '"'
            if c == "“" or (c == '"' and not inside):
                if not inside: inside, start = True, i + width
            elif (c == "”" or c == '"') and inside:
                for k in range(start, i): mask[k] = True
                inside = False
            i += width
        if inside:
            for k in range(start, b): mask[k] = True
        for m in re.finditer(r"(?<![\w])‘([^‘’\n]{2,}?)’(?![\w])", t[a:b]):
            for k in range(a + m.start(1), a + m.end(1)): mask[k] = True
    return mask
def runs_in(mask, t, a, b):
    runs, i = [], a
    while i < b:
        if mask[i]:
            j = i
            while j < b and mask[j]: j += 1
            runs.append((i, j)); i = j
        else: i += 1
    return runs
def pieces_of(spec):
    return [tuple(map(int, p.split())) for p in spec.split(";")]

def merge_one_quotation(stmts, mask):
    """PolNeAR often gives each sentence of one quotation its own attribution; the guideline counts a quotation
    running over several sentences inside one pair of marks as ONE entry. Consecutive direct entries of the same
    source whose gap lies wholly inside the same marks (`“A. B,” he said` with A and B separate) are joined."""
    out = []
    for st in stmts:
        prev = out[-1] if out else None
        if (prev and prev["kind"] == st["kind"] == "direct" and prev["speaker"] == st["speaker"]
                and prev["end"] <= st["start"] and all(mask[i] for i in range(prev["end"], st["start"]))):
            prev["end"] = st["end"]; prev["text"] = None
            continue
        out.append(dict(st))
    return out

def main(argv):
    polnear, split, names_file, out = argv[1:5]
    global mode
    mode = argv[5] if len(argv) > 5 else "speech"
    os.makedirs(out, exist_ok=True)
    n = {"direct": 0, "mixed": 0, "indirect": 0}
    for name in open(names_file, encoding="utf-8").read().split():
        art = re.sub(r"_[0-9a-f]{4}$", "", name)
        tp = os.path.join(polnear, "data", split, "text", art + ".txt")
        ann = os.path.join(polnear, "data", split, "attributions", name + ".ann")
        if not (os.path.exists(tp) and os.path.exists(ann)):
            print("missing:", name, file=sys.stderr); continue
        convert(tp, ann, name, art, os.path.join(out, art + ".json"), n)
    print(out, n)

def convert(tp, ann, name, art, out_path, n):
    t = open(tp, encoding="utf-8").read()
    mask = quote_mask(t)
    spans = {}; events = []
    for line in open(ann, encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if p[0].startswith("T") and len(p) >= 3:
            k, offs = p[1].split(" ", 1); spans[p[0]] = (k, pieces_of(offs), p[2])
        elif p[0].startswith("E") and len(p) >= 2:
            events.append(dict(x.split(":") for x in p[1].split()))
    stmts = []
    for e in events:
        if "Attribution" not in e or "Source" not in e or "Content" not in e: continue
        src, cont = spans.get(e["Source"]), spans.get(e["Content"])
        cue = spans.get(e.get("Cue", ""), (None, [], ""))
        if not src or not cont: continue
        if mode == "speech" and not speechy(cue[2]): continue
        base = dict(speaker=src[2].strip(" ,"), aliases=[], cue=cue[2], speakerMention=src[2],
                    sourceSpans=[list(x) for x in src[1]])
        for a, b in cont[1]:
            a, b = strip_punct(t, a, b)
            if b <= a: continue
            letters = [i for i in range(a, b) if t[i].isalnum()]
            if not letters: continue
            inside = sum(1 for i in letters if mask[i])
            if inside >= 0.9 * len(letters):
                kind = "direct"; items = [(a, b)]
            elif inside:
                kind = "mixed"; items = [r for r in runs_in(mask, t, a, b) if any(t[i].isalnum() for i in range(*r))]
            else:
                kind = "indirect"
                m = re.match(r"(that|whether|if)\s+", t[a:b]); s = a + (m.end() if m else 0)
                if len(t[s:b].split()) < 3: continue
                items = [(s, b)]
            for s, f in items:
                s, f = strip_punct(t, s, f)
                while s < f and t[s] in OPEN: s += 1
                while f > s and t[f-1] in CLOSE: f -= 1
                if f - s < 2: continue
                stmts.append(dict(kind=kind, text=t[s:f], start=s, end=f, **base))
    stmts.sort(key=lambda x: x["start"])
    stmts = merge_one_quotation(stmts, mask)
    for st in stmts:
        n[st["kind"]] += 1
    for st in stmts:
        st["text"] = t[st["start"]:st["end"]]
    # PolNeAR is univocal; keep gold non-overlapping anyway
    json.dump({"article": f"{art}.txt", "annotator": f"PolNeAR {name[-4:]} (converted, mode {mode})",
               "statements": stmts, "nonStatements": []}, open(out_path, "w"), ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main(sys.argv)

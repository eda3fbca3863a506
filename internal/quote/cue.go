package quote

import "strings"

// A cue is a verb that reports speech. Strong cues take a bare reported
// clause ("Smith said the talks failed"); weak ones are speech verbs only
// with "that", a colon or a quotation after them, or when they follow the
// quotation ("…,” he added): "the economy added jobs" is no quotation.
// Naming cues ("described … as", "called") and quoting cues (verbs of
// fear and hope: "Boyle fears that “…”") report only quoted words.
type cueKind uint8

const (
	strong cueKind = iota + 1
	weak
	naming
	quoting
)

// quotedOnly reports whether cues of kind k report only quoted words.
func (k cueKind) quotedOnly() bool { return k == naming || k == quoting }

// A lexEntry is what the lexicon knows of a word: its kind as a cue, and
// whether it quotes someone ("quoted Weber as saying"), judges what it
// names ("dismissed the report as “nonsense”") or gives a response ("gave
// his reaction"). Each token carries its entry, looked up once.
type lexEntry struct {
	cue     cueKind
	quoter  bool
	judging bool
	giver   bool
}

// lexicon maps the words of the lexicon to their entries.
var lexicon = map[string]lexEntry{}

func init() {
	add := func(k cueKind, forms string) {
		for _, f := range strings.Fields(forms) {
			e := lexicon[f]
			e.cue = k
			lexicon[f] = e
		}
	}
	mark := func(set func(*lexEntry), forms string) {
		for _, f := range strings.Fields(forms) {
			e := lexicon[f]
			set(&e)
			lexicon[f] = e
		}
	}
	// verbs of quoting before "as saying": "quoted Weber as saying"
	mark(func(e *lexEntry) { e.quoter = true }, "quoted quotes quote cited cites cite reported reports")
	// verbs that judge what they name, speech only with "as" and a
	// quotation: "dismissed the report as “nonsense”"
	mark(func(e *lexEntry) { e.judging = true }, `defend defends defended dismiss dismisses dismissed
		hail hails hailed brand brands branded criticise criticises criticised criticize criticizes criticized
		condemn condemns condemned denounce denounces denounced praise praises praised deride derides derided`)
	// verbs of a phrase that gives a response: "gave his reaction"
	mark(func(e *lexEntry) { e.giver = true }, "gave gives give offered offers offer voiced voices")
	add(strong, `say says said saying tell tells told telling
		claim claims claimed claiming insist insists insisted insisting
		argue argues argued arguing contend contends contended contending
		assert asserts asserted asserting declare declares declared declaring
		maintain maintains maintained tweet tweets tweeted tweeting
		warn warns warned warning acknowledge acknowledges acknowledged
		admit admits admitted admitting predict predicts predicted
		suggest suggests suggested suggesting explain explains explained
		allege alleges alleged concede concedes conceded
		maintaining acknowledging predicting explaining alleging conceding`)
	add(weak, `add adds added adding note notes noted noting write writes wrote writing
		state states stated announce announces announced announcing
		report reports reported reply replies replied respond responds responded
		answer answers answered ask asks asked asking urge urges urged urging
		stress stresses stressed emphasize emphasizes emphasized emphasise emphasised
		observe observes observed remark remarks remarked comment comments commented
		conclude concludes concluded confirm confirms confirmed deny denies denied
		complain complains complained continue continued agree agrees agreed
		joke jokes joked quip quips quipped shout shouts shouted recall recalls recalled
		promise promises promised vow vows vowed counter counters countered
		charge charges charged demand demands demanded testify testifies testified
		post posts posted reiterate reiterates reiterated boast boasts boasted
		recount recounts recounted cautioned caution cautions
		exclaimed exclaim whispered wondered wonder wonders
		reckon reckons reckoned mused muses retort retorts retorted yell yells yelled
		chant chants chanted scream screams screamed echo echoes echoed point points pointed
		cry cries cried mock mocks mocked opine opines opined read reads
		elaborate elaborates elaborated
		stating replying responding answering stressing emphasizing emphasising observing
		remarking commenting concluding confirming denying complaining recalling promising
		vowing reiterating cautioning`)
	add(naming, `describe describes described describing call calls called calling proclaim proclaims proclaimed
		dub dubs dubbed label labels labeled labelled term terms termed
		characterize characterizes characterized characterise characterised`)
	add(quoting, `fear fears feared fearing`)
}

// isTell reports whether w is a form of "tell" or "ask", whose first
// object is the hearer, not what was said: "told reporters", "asking her".
func isTell(w string) bool {
	switch w {
	case "tell", "tells", "told", "telling", "ask", "asks", "asked", "asking":
		return true
	}
	return false
}

// isSay reports whether w is a form of "say", whose hearer follows "to".
func isSay(w string) bool {
	return w == "say" || w == "says" || w == "said" || w == "saying"
}

// isClaim reports whether w is a form of "claim" or "declare", which are
// speech verbs only with a reported clause: "claimed the vote was rigged",
// not "claim victory", "claim rights over material" or "declare its
// intention".
func isClaim(w string) bool {
	switch w {
	case "claim", "claims", "claimed", "claiming", "declare", "declares", "declared", "declaring":
		return true
	}
	return false
}

// objectVerbs are speech verbs that also take a noun phrase as their
// object in another sense: "maintained strong ties with Britain",
// "predicted a contraction", "admitted the charges" report nothing.
var objectVerbs = set(`maintain maintains maintained maintaining predict predicts predicted predicting
	acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting
	suggest suggests suggested suggesting explain explains explained explaining
	concede concedes conceded conceding`)

// verbCue returns the kind of cue token i is, a speech verb of the lexicon
// or a verb of manner after a quotation ("“…,” Oliver barked."); 0 when it
// is neither, or when the tagger took it for another part of speech.
func (x *extractor) verbCue(u unit, i int) cueKind {
	t := x.ts[i]
	k := t.lex.cue
	if k == 0 && x.mannerVerb(u, i) {
		k = weak
	}
	if k == 0 && t.lex.judging && x.quotedAs(u, i) {
		k = naming // "dismissed the report as “nonsense”"
	}
	if k == 0 || t.tag != "" && !strings.HasPrefix(t.tag, "VB") && !x.taggedAsNoun(u, i) {
		return 0
	}
	return k
}

// quotedAs reports whether "as" and a quotation follow token i within a
// few words: "defended the plan as “entirely reasonable”".
func (x *extractor) quotedAs(u unit, i int) bool {
	n := x.findWord(u, i+1, "as", 8)
	if r := x.relativeObject(u, i); r >= 0 {
		n = x.commaAs(u, r, u.end) // "criticised the union, which had called him a “snob”, as “petty”"
	}
	if n < 0 || n+1 >= u.end {
		return false
	}
	if determiners[x.ts[n+1].lower] && n+2 < u.end {
		n++
	}
	return x.opensQuote(n + 1)
}

// relativeObject returns the comma that opens a relative clause after the
// short object of verb i ("criticised the union's campaign, which …"); -1
// when there is none.
func (x *extractor) relativeObject(u unit, i int) int {
	for k := i + 1; k < u.end && k <= i+8; k++ {
		if x.relativeAt(k) && k+1 < u.end && (x.ts[k+1].lower == "which" || x.ts[k+1].lower == "who") {
			return k
		}
		if !x.npWord(k) {
			return -1
		}
	}
	return -1
}

// commaAs returns the "as" after a comma in tokens [from, to), outside
// quotations, that takes up the verb before a relative clause: "…, which
// had called him a “snob”, as “petty”"; -1 when there is none.
func (x *extractor) commaAs(u unit, from, to int) int {
	for k := max(from, u.first); k+1 < to; k++ {
		if x.ts[k].lower == "," && x.ts[k].region < 0 && x.ts[k+1].lower == "as" {
			return k + 1
		}
	}
	return -1
}

// responseAt returns the token after a phrase that gives a speaker's
// response, at token i, when a quotation follows it after a comma or a
// colon: "gave his reaction, “…”", "offered her view on the ruling: “…”";
// -1 when there is none.
func (x *extractor) responseAt(u unit, i int) int {
	if !x.ts[i].lex.giver || i+3 >= u.end || !possessives[x.ts[i+1].lower] || !responses[x.ts[i+2].lower] {
		return -1
	}
	n := i + 3
	if l := x.ts[n].lower; l == "on" || l == "about" || l == "to" {
		for n++; n < u.end && n < i+9 && x.ts[n].lower != "," && x.ts[n].lower != ":" && x.npWord(n); n++ {
		}
	}
	if n+1 < u.end && (x.ts[n].lower == "," || x.ts[n].lower == ":") && x.opensQuote(n+1) {
		return n
	}
	return -1
}

// taggedAsNoun reports whether cue token i, which the tagger took for a
// noun, stands where only a speech verb can: after a speaker's name or a
// pronoun, or a short phrase straight after a quotation, and before the
// end of the clause, "that", a colon or a quotation: "“…,” Viguerie
// notes.", "“…,” the letter reads.", "he points out that …"; or a
// participle between commas before a quotation: "…, tweeting, “…”".
func (x *extractor) taggedAsNoun(u unit, i int) bool {
	t := x.ts[i]
	if t.tag != "NN" && t.tag != "NNS" || t.upper || i == u.first {
		return false
	}
	b := i - 1
	for b > u.first && x.italics(b) {
		b-- // "''Harbour Weekly'' predicts"
	}
	p := x.ts[b]
	if hasSuffix(t.lower, "ing") && p.lower == "," && x.quoteAfterComma(u, i+1) {
		return true
	}
	subj := x.collectBack(u, i-1) // "the letter"
	short := subj < i && i-subj <= 3 && (determiners[x.ts[subj].lower] || x.ts[subj].upper)
	if !(p.upper && p.region < 0 && !x.isMarkTok(b)) && !pronounSubject(p.lower) && !x.followsQuote(u, i) && !(short && x.followsQuote(u, subj)) {
		return false
	}
	n := i + 1
	if n < u.end && (x.ts[n].lower == "out" || x.ts[n].lower == "back") {
		n++
	}
	if n >= u.end {
		return true
	}
	switch x.ts[n].lower {
	case ".", ",", ":", "that", ";", "!", "?":
		return true
	}
	return x.opensQuote(n)
}

// mannerVerb reports whether token i is a past-tense verb that tags a
// quotation in the manner of "said": a short noun phrase straight after the
// closing mark, then the verb ("“…,” Oliver barked", "“…,” the nominee
// riffed on …").
func (x *extractor) mannerVerb(u unit, i int) bool {
	t := x.ts[i]
	if t.upper || !hasSuffix(t.lower, "ed") || t.tag != "" && t.tag != "VBD" || i == 0 {
		return false
	}
	s := x.collectBack(u, i-1)
	if s >= i || i-s > 6 || !x.soleSpeaker(i-1) && !determiners[x.ts[s].lower] && !x.ts[s].upper {
		return false
	}
	if n := i + 1; n < u.end && x.ts[n].lower != "." && x.ts[n].lower != "," && (s == u.first || gestures[t.lower]) {
		// a new sentence that goes on: "“…” Trump smiled at them"; a
		// gesture with words of its own: "“…,” the lawyer smiled at
		// them and left"
		return false
	}
	return x.followsQuote(u, s)
}

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

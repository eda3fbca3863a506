package quote

// Word classes the speaker and clause rules rely on, all lower case.
var (
	// determiners and quantifiers that may open a speaker's noun phrase
	determiners = set("the a an this these those that some many several most all both each every " +
		"one two three four five six seven eight nine ten dozens other another his her their its our my your " +
		"top senior former current no few")

	// pronouns that can stand as a speaker, with the entity type each refers to
	pronouns = map[string]string{"he": "PERSON", "she": "PERSON", "it": "ORG", "they": "", "we": "", "i": ""}

	// words before a cue that belong to the verb group, not the speaker
	verbGroup = set("also has had have would will could should may might must can did does do not n't never " +
		"later previously repeatedly again then recently once since first initially earlier subsequently " +
		"publicly privately separately already still reportedly simply flatly bluntly explicitly quickly finally " +
		"often frequently always just even allegedly apparently long only further")

	// finite auxiliaries, the verbs of a clause when there are no tags
	finiteAuxiliaries = set("is are was were has have had will would could should can may might must do does did")

	// words that end a speaker's noun phrase when walking back from the cue
	clauseWords = set("that which who whom whose what what's how why where when while because but and or nor so if as than though " +
		"although after before until unless whether is are was were be been being am has have had " +
		"do does did will would could should may might can must not n't to there here about into " +
		"said says say told added")

	// prepositions that may sit inside a speaker's noun phrase ("a spokesman
	// for the ministry") but not open it
	innerPrepositions = set("of for at in from with on")

	// other prepositions, which no noun phrase ends with
	prepositions = set("during by under through among between against over within without toward towards upon")

	// Penn tags that end a speaker's noun phrase
	clauseTags = set("VB VBD VBP VBZ MD WDT WP WP$ WRB TO")

	// object pronouns and plain nouns that name the hearer of "told"
	hearers = set("him her them me us you reporters journalists supporters lawmakers voters audiences " +
		"the a an his her their")

	// singular nouns that speak for a group
	soleNouns = set("police staff everyone someone somebody nobody everybody management leadership " +
		"government administration campaign committee council board panel team")

	// adjectives before "to say", "to tell" that judge the saying, not
	// report it: "too early to tell", "hard to say"
	judgements = set("early soon hard difficult impossible easy fair safe tough premature")

	// possessives and nouns of a phrase that gives a response: "gave his
	// reaction", "offered her view"
	possessives = set("his her their its")
	responses   = set("reaction reactions response word view views verdict thoughts feelings assessment opinion")

	// object pronouns: "tweeting at him"
	objectPronouns = set("him her them me us you it")

	// words that name a day or time when no time expressions were found
	dayWords = set("monday tuesday wednesday thursday friday saturday sunday yesterday today tonight " +
		"earlier later recently")

	// verbs of gesture and movement, which tag a quotation only when they
	// end the clause ("“…,” she smiled.")
	gestures = set("smiled nodded shrugged grinned winked frowned waved sighed laughed chuckled glanced looked " +
		"turned walked paused left stood sat")

	// nouns for the medium a speaker used: "in a statement", "in an interview"
	media = set("statement interview email e-mail letter post tweet tweets video speech memo op-ed " +
		"release briefing conference call rally radio broadcast appearance message show programme program podcast debate " +
		"blog website column newsletter")
)

// isDash reports whether w is a dash that sets off a clause.
func isDash(w string) bool { return w == "–" || w == "—" || w == "--" || w == "-" }

func pronounSubject(w string) bool {
	_, ok := pronouns[w]
	return ok
}

package event

import "strings"

// irregular maps inflected forms that suffix rules cannot undo to their
// base form.
var irregular = map[string]string{
	"met": "meet", "held": "hold", "fought": "fight", "shot": "shoot", "struck": "strike",
	"stricken": "strike", "took": "take", "taken": "take", "gave": "give", "given": "give",
	"withdrew": "withdraw", "withdrawn": "withdraw", "sent": "send", "sought": "seek",
	"led": "lead", "made": "make", "brought": "bring", "told": "tell", "said": "say",
	"spoke": "speak", "spoken": "speak", "left": "leave", "beat": "beat", "beaten": "beat",
	"broke": "break", "broken": "break", "froze": "freeze", "frozen": "freeze",
	"threw": "throw", "thrown": "throw", "blew": "blow", "blown": "blow", "drove": "drive",
	"driven": "drive", "forgave": "forgive", "forgiven": "forgive", "undertook": "undertake",
	"undertaken": "undertake", "overthrew": "overthrow", "overthrown": "overthrow",
	"bore": "bear", "won": "win", "lost": "lose", "rose": "rise", "risen": "rise", "ran": "run",
	"hit": "hit", "put": "put", "cut": "cut", "set": "set", "quit": "quit", "shut": "shut",
	"came": "come", "went": "go", "gone": "go", "got": "get", "gotten": "get", "had": "have",
	"has": "have", "did": "do", "does": "do", "done": "do", "was": "be", "were": "be",
	"is": "be", "are": "be", "been": "be", "am": "be", "'s": "be", "'re": "be", "saw": "see",
	"seen": "see", "knew": "know", "known": "know", "stood": "stand", "found": "find",
	"sold": "sell", "bought": "buy", "paid": "pay", "laid": "lay", "swore": "swear",
	"sworn": "swear", "rang": "ring", "began": "begin", "begun": "begin", "chose": "choose",
	"chosen": "choose", "fled": "flee", "slew": "slay", "slain": "slay", "stole": "steal",
	"stolen": "steal", "wrote": "write", "written": "write", "flew": "fly", "flown": "fly",
	"spent": "spend", "kept": "keep", "meant": "mean", "felt": "feel", "dealt": "deal",
	"shook": "shake", "shaken": "shake", "forbade": "forbid", "forbidden": "forbid",
	"underwent": "undergo", "undergone": "undergo", "drew": "draw", "drawn": "draw",
	"arose": "arise", "arisen": "arise", "bled": "bleed", "fed": "feed", "lit": "light",
	"stuck": "stick", "strove": "strive", "wrought": "work", "bombed": "bomb",
	"talks": "talks", "arms": "arms", "forces": "forces", "troops": "troops",
	"sanctions": "sanctions", "negotiations": "negotiations", "hostilities": "hostilities",
	"crises": "crisis", "analyses": "analysis", "men": "man", "women": "woman",
	"people": "people", "children": "child",
}

// forms returns the base forms a lower-case word may be an inflection of,
// the word itself first. The candidates are tried against the lexicon in
// order, so over-generation is harmless: "shelled" yields "shelled",
// "shell", "shelle"; only "shell" is in the lexicon.
func forms(w string) []string {
	out := make([]string, 0, 4)
	out = append(out, w)
	if b, ok := irregular[w]; ok && b != w {
		out = append(out, b)
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ied"):
		out = append(out, w[:n-3]+"y")
	case n > 4 && strings.HasSuffix(w, "ies"):
		out = append(out, w[:n-3]+"y")
	case n > 3 && strings.HasSuffix(w, "ed"):
		out = append(out, w[:n-2], w[:n-1])
		if n > 4 && w[n-3] == w[n-4] {
			out = append(out, w[:n-3])
		}
	case n > 4 && strings.HasSuffix(w, "ing"):
		out = append(out, w[:n-3], w[:n-3]+"e")
		if n > 5 && w[n-4] == w[n-5] {
			out = append(out, w[:n-4])
		}
	case n > 3 && strings.HasSuffix(w, "es"):
		out = append(out, w[:n-2], w[:n-1])
	case n > 2 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		out = append(out, w[:n-1])
	}
	return out
}

// britishZ maps the -ise spellings of verbs to -ize, so the lexicon holds
// one of them: "criticised" → "criticized".
func britishZ(w string) string {
	if i := strings.Index(w, "is"); i > 2 {
		for _, suf := range []string{"ise", "ised", "ises", "ising", "isation", "isations"} {
			if strings.HasSuffix(w, suf) {
				return w[:len(w)-len(suf)] + "iz" + suf[2:]
			}
		}
	}
	return w
}

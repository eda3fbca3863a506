package main

import (
	"context"
)

func evaluators() map[string]command {
	return map[string]command{
		"timex":  {"time expressions against TimeML (TempEval-3 scoring)", evalTimex},
		"pos":    {"part-of-speech tags against a CoNLL-U treebank (UPOS and XPOS accuracy)", evalPOS},
		"ner":    {"names against a CoNLL-2003 file (conlleval F1 per type and overall)", evalNER},
		"parse":  {"dependency trees against a CoNLL-U treebank (UAS and LAS)", evalParse},
		"quotes": {"quotes and speakers against PolNeAR attributions (speaker and content F1)", evalQuotes},
		"events": {"PLOVER events against the PETRARCH validation records (type accuracy, actor F1)", evalEvents},
	}
}

// runEval runs `chronicle eval <kind> [flags]`.
func runEval(ctx context.Context, e *env, args []string) error {
	return runGroup(ctx, e, "eval", evaluators(), args)
}

package main

import (
	"context"
	"flag"
	"fmt"
	"sort"
	"strings"
)

// An evaluator scores one part of the pipeline against annotated data:
// `chronicle eval <kind>`.
type evaluator struct {
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

// evaluators returns the kinds of evaluation chronicle runs, one entry a
// kind; each lives in its own file (eval_timex.go, …).
func evaluators() map[string]evaluator {
	return map[string]evaluator{
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
	kinds := evaluators()
	names := make([]string, 0, len(kinds))
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		fmt.Fprintf(e.stderr, "Usage: chronicle eval %s [flags]\n\nKinds:\n", strings.Join(names, "|"))
		for _, k := range names {
			fmt.Fprintf(e.stderr, "  %-7s %s\n", k, kinds[k].summary)
		}
		fmt.Fprintln(e.stderr, "\nRun `chronicle eval <kind> -h` for a kind's flags.")
		if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
			return flag.ErrHelp
		}
		return errUsage
	}
	ev, ok := kinds[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "chronicle eval: unknown kind %q (want %s)\n", args[0], strings.Join(names, ", "))
		return errUsage
	}
	return ev.run(ctx, e, args[1:])
}

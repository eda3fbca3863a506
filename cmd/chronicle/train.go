package main

import (
	"context"
	"flag"
	"fmt"
	"sort"
	"strings"
)

// A trainer trains one kind of model: `chronicle train <kind>`.
type trainer struct {
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

// trainers returns the kinds of model chronicle trains; each lives in its own
// file (train_pos.go, …).
func trainers() map[string]trainer {
	return map[string]trainer{
		"pos":   {"the part-of-speech tagger, from UD English EWT", trainPOS},
		"ner":   {"the name recognizer, from CoNLL-2003 English", trainNER},
		"parse": {"the dependency parser, from UD English EWT", trainParse},
	}
}

// runTrain runs `chronicle train <kind> [flags]`.
func runTrain(ctx context.Context, e *env, args []string) error {
	kinds := trainers()
	names := make([]string, 0, len(kinds))
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		fmt.Fprintf(e.stderr, "Usage: chronicle train %s [--data DIR] [--out FILE]\n\nKinds:\n", strings.Join(names, "|"))
		for _, k := range names {
			fmt.Fprintf(e.stderr, "  %-5s %s\n", k, kinds[k].summary)
		}
		if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
			return flag.ErrHelp
		}
		return errUsage
	}
	t, ok := kinds[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "chronicle train: unknown kind %q (want %s)\n", args[0], strings.Join(names, ", "))
		return errUsage
	}
	return t.run(ctx, e, args[1:])
}

// trainFlags returns the flag set of `chronicle train kind` with the flags
// every kind has: --data, the folder of the training data, and --out, where
// the model goes (defaultOut unless set).
func trainFlags(e *env, kind, defaultOut string) (fs *flag.FlagSet, data, out *string) {
	fs = newFlags(e, "train "+kind, "[--data DIR] [--out FILE]")
	data = fs.String("data", "../shared/data", "the `folder` holding the training data sets")
	out = fs.String("out", defaultOut, "the model `file` to write")
	return fs, data, out
}

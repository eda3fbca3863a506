package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
)

// trainers returns the kinds of model chronicle trains; each lives in its own
// file (train_pos.go, …).
func trainers() map[string]command {
	return map[string]command{
		"pos":   {"the part-of-speech tagger, from UD English EWT", trainPOS},
		"ner":   {"the name recognizer, from CoNLL-2003 English", trainNER},
		"parse": {"the dependency parser, from UD English EWT", trainParse},
	}
}

// runTrain runs `chronicle train <kind> [flags]`.
func runTrain(ctx context.Context, e *env, args []string) error {
	return runGroup(ctx, e, "train", trainers(), args)
}

// writeModel writes a model to path with encode and returns its size.
func writeModel(path string, encode func(io.Writer) error) (int64, error) {
	var buf bytes.Buffer
	if err := encode(&buf); err != nil {
		return 0, fmt.Errorf("encode %s: %w", path, err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return 0, err
	}
	return int64(buf.Len()), nil
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

// loadModelFile reads a model file written by `chronicle train` with load,
// naming the file in any error.
func loadModelFile[T any](path string, load func(io.Reader) (T, error)) (T, error) {
	f, err := os.Open(path)
	if err != nil {
		var zero T
		return zero, err
	}
	defer f.Close()
	m, err := load(f)
	if err != nil {
		return m, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

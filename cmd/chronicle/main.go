// Command chronicle turns dated news articles into a sourced, searchable
// record of events. Run `chronicle help` for the commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
)

// A command is one subcommand of chronicle.
type command struct {
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

// commands returns the table of subcommands; each lives in its own file.
func commands() map[string]command {
	return map[string]command{
		"help":     {"show the commands, or the flags of one", runHelp},
		"delete":   {"remove stored articles and everything derived from them", runDelete},
		"feeds":    {"list the followed feeds: last fetch, last new article, errors", runFeeds},
		"follow":   {"poll news feeds and store their new articles", runFollow},
		"extract":  {"print what Chronicle reads in articles, without storing them", runExtract},
		"export":   {"write stored events as PLOVER JSON, a GDELT-style table, CSV or JSON lines", runExport},
		"entities": {"list the people, organisations and places of stored articles", runEntities},
		"eval":     {"score a stage against annotated data: chronicle eval timex|…", runEval},
		"events":   {"list stored PLOVER events by actor, type, country, place, date", runEvents},
		"ingest":   {"read, analyse and store articles from files, directories or stdin", runIngest},
		"quotes":   {"list stored quotes, by speaker", runQuotes},
		"search":   {"find stored articles by words, names, dates", runSearch},
		"serve":    {"serve the web UI and the JSON API", runServe},
		"show":     {"print a stored article and its annotations", runShow},
		"stats":    {"count the stored articles and annotations", runStats},
		"train":    {"train a model: chronicle train pos|…", runTrain},
	}
}

// env is what a command may touch of the outside world; tests replace it.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	isTerminal     bool // stdout is a terminal
}

// errUsage reports a command-line mistake; the message has been printed.
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop() // a second signal ends the process at once
	}()
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv, isTerminal: isTerminal(os.Stdout)}
	code := run(ctx, e, os.Args[1:])
	stop()
	os.Exit(code)
}

// run runs the command named by args[0] and returns the exit status:
// 0 on success, 1 when the command failed, 2 on a usage error, 130 when
// ctx was cancelled (an interrupt) before the command finished.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" {
		usage(e.stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands()[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "chronicle: unknown command %q\n\n", args[0])
		usage(e.stderr)
		return 2
	}
	err := c.run(ctx, e, args[1:])
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	case ctx.Err() != nil && errors.Is(err, ctx.Err()):
		fmt.Fprintf(e.stderr, "chronicle %s: interrupted\n", args[0])
		return 130
	default:
		fmt.Fprintf(e.stderr, "chronicle %s: %v\n", args[0], err)
		return 1
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Chronicle reads dated news articles and keeps a sourced, searchable record of what happened.")
	fmt.Fprintln(w, "\nUsage: chronicle <command> [flags] [arguments]\n\nCommands:")
	table := commands()
	names := make([]string, 0, len(table))
	for name := range table {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(w, "  %-9s %s\n", name, table[name].summary)
	}
	fmt.Fprintln(w, "\nRun `chronicle <command> -h` for a command's flags.")
}

func runHelp(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		usage(e.stdout)
		return nil
	}
	c, ok := commands()[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "chronicle help: unknown command %q\n\n", args[0])
		usage(e.stderr)
		return errUsage
	}
	return c.run(ctx, e, []string{"-h"})
}

// runGroup runs `chronicle <group> <kind> [flags]`, where table holds the
// kinds of the group (the models `train` builds, the scorers `eval` runs).
func runGroup(ctx context.Context, e *env, group string, table map[string]command, args []string) error {
	names := make([]string, 0, len(table))
	for k := range table {
		names = append(names, k)
	}
	sort.Strings(names)
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		fmt.Fprintf(e.stderr, "Usage: chronicle %s %s [flags]\n\nKinds:\n", group, strings.Join(names, "|"))
		for _, k := range names {
			fmt.Fprintf(e.stderr, "  %-7s %s\n", k, table[k].summary)
		}
		fmt.Fprintf(e.stderr, "\nRun `chronicle %s <kind> -h` for a kind's flags.\n", group)
		if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
			return flag.ErrHelp
		}
		return errUsage
	}
	c, ok := table[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "chronicle %s: unknown kind %q (want %s)\n", group, args[0], strings.Join(names, ", "))
		return errUsage
	}
	return c.run(ctx, e, args[1:])
}

// newFlags returns a flag set for a command that prints its usage to stderr
// and returns errors rather than exiting.
func newFlags(e *env, name, usageLine string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: chronicle %s %s\n\nFlags:\n", name, usageLine)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, turning a parse error into errUsage. Flags may
// come after the arguments too (`chronicle search sardines --db x.db`); an
// argument "--" ends the flags, so what follows it is taken as it is.
func parseFlags(fs *flag.FlagSet, args []string) error {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return err
			}
			return errUsage
		}
		rest := fs.Args()
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" || len(rest) == 0 {
			positional = append(positional, rest...)
			break
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
	// Parse stops at "--" and leaves the rest as the arguments.
	return fs.Parse(append([]string{"--"}, positional...))
}

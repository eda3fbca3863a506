package conllu

import (
	"strings"
	"testing"
)

// line joins fields with tabs into one CoNLL-U line.
func line(fields ...string) string { return strings.Join(fields, "\t") + "\n" }

const twoSentences = "# sent_id = a-1\n# text = Rome can't wait.\n" +
	"1\tRome\tRome\tPROPN\tNNP\tNumber=Sing\t3\tnsubj\t_\t_\n" +
	"2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
	"2\tca\tcan\tAUX\tMD\t_\t4\taux\t_\t_\n" +
	"3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
	"4\twait\twait\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n" +
	"4.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t4:conj\t_\n" +
	"5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n" +
	"\n" +
	"# sent_id = a-2\n" +
	"1\tYes\tyes\tINTJ\tUH\t_\t_\t_\t_\t_\r\n" // no blank line at the end, a CRLF line

func TestRead(t *testing.T) {
	got, err := Read(strings.NewReader(twoSentences), "two.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("%d sentences, want 2", len(got))
	}
	s := got[0]
	if s.ID != "a-1" || s.Text != "Rome can't wait." || s.Line != 3 {
		t.Errorf("sentence 1: ID %q, Text %q, Line %d", s.ID, s.Text, s.Line)
	}
	if forms := strings.Join(s.Forms(), " "); forms != "Rome ca n't wait ." {
		t.Errorf("forms %q: multiword tokens or empty nodes kept", forms)
	}
	if w := s.Words[2]; w.ID != 3 || w.UPOS != "PART" || w.XPOS != "RB" || w.Head != 4 || w.Lemma != "not" {
		t.Errorf("word 3 = %+v", w)
	}
	if w := s.Words[3]; w.Misc != "SpaceAfter=No" || w.Deprel != "root" || w.Head != 0 {
		t.Errorf("word 4 = %+v", w)
	}
	if w := got[1].Words[0]; w.Form != "Yes" || w.Head != -1 || w.Misc != "_" {
		t.Errorf("sentence 2 word 1 = %+v", w)
	}
}

func TestReadErrors(t *testing.T) {
	ok := line("1", "A", "a", "DET", "DT", "_", "2", "det", "_", "_")
	tests := []struct {
		name, input, want string
	}{
		{"too few fields", line("1", "A", "a", "DET"), "x.conllu:1: 4 tab-separated fields, want 10"},
		{"too many fields", line("1", "A", "a", "DET", "DT", "_", "2", "det", "_", "_", "extra"), "x.conllu:1: 11 tab-separated fields, want 10"},
		{"spaces not tabs", "1 A a DET DT _ 2 det _ _\n", "x.conllu:1: 1 tab-separated fields, want 10"},
		{"word ID", ok + line("x", "B", "b", "NOUN", "NN", "_", "0", "root", "_", "_"), `x.conllu:2: ID "x": not a number`},
		{"skipped ID", ok + line("3", "B", "b", "NOUN", "NN", "_", "0", "root", "_", "_"), "x.conllu:2: word ID 3, want 2"},
		{"zero ID", line("0", "A", "a", "DET", "DT", "_", "2", "det", "_", "_"), "x.conllu:1: ID 0: word IDs start at 1"},
		{"bad range", "# c\n" + line("1-x", "Ab", "_", "_", "_", "_", "_", "_", "_", "_"), `x.conllu:2: ID "1-x": malformed range`},
		{"bad empty node", line("1.", "A", "a", "DET", "DT", "_", "_", "_", "_", "_"), `x.conllu:1: ID "1.": malformed empty node`},
		{"head", line("1", "A", "a", "DET", "DT", "_", "two", "det", "_", "_"), `x.conllu:1: word 1: HEAD "two": not a number`},
		{"empty form", line("1", "", "a", "DET", "DT", "_", "0", "root", "_", "_"), "x.conllu:1: word 1: empty FORM"},
		{"second sentence restarts at 2", ok + "\n" + line("2", "B", "b", "NOUN", "NN", "_", "0", "root", "_", "_"), "x.conllu:3: word ID 2, want 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tt.input), "x.conllu")
			if err == nil {
				t.Fatalf("Read succeeded, want error %q", tt.want)
			}
			if err.Error() != tt.want {
				t.Fatalf("error %q, want %q", err, tt.want)
			}
		})
	}
}

func TestReadEmpty(t *testing.T) {
	for _, in := range []string{"", "\n\n", "# only a comment\n"} {
		got, err := Read(strings.NewReader(in), "empty")
		if err != nil || len(got) != 0 {
			t.Errorf("Read(%q) = %d sentences, %v", in, len(got), err)
		}
	}
}

func TestReadFileMissing(t *testing.T) {
	if _, err := ReadFile("testdata/absent.conllu"); err == nil {
		t.Fatal("ReadFile of a missing file succeeded")
	}
}

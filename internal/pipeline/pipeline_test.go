package pipeline

import (
	"encoding/json"
	"strings"
	"testing"

	"chronicle"
)

func TestAnalyzeRecordHasEveryList(t *testing.T) {
	a := &chronicle.Article{Text: "Rain fell."}
	a.ID = chronicle.IDOf(a.Text)
	b, err := json.Marshal(New().Analyze(a))
	if err != nil {
		t.Fatal(err)
	}
	for _, field := range []string{"sentences", "entities", "times", "quotes", "events"} {
		if !strings.Contains(string(b), `"`+field+`":[`) {
			t.Errorf("record has no %s list: %s", field, b)
		}
	}
}

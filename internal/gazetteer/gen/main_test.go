package main

import "testing"

func TestGivenNames(t *testing.T) {
	got := string(givenNames([]string{"Olena", "Robin", "Ada"}, []string{"Robin", "Petro", "Petro"}))
	want := "#given name\tgender\nAda\tf\nOlena\tf\nPetro\tm\nRobin\n"
	if got != want {
		t.Errorf("givenNames = %q, want %q", got, want)
	}
}

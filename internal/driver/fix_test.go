package driver

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestConflicts(t *testing.T) {
	cases := []struct {
		a, b edit
		want bool
	}{
		{edit{0, 3, "x"}, edit{0, 3, "x"}, false},   // identical: applied once
		{edit{5, 5, "i"}, edit{5, 5, "i"}, false},   // the same import twice
		{edit{5, 5, "i"}, edit{5, 5, "j"}, true},    // two insertions: which first?
		{edit{0, 3, "x"}, edit{0, 3, "y"}, true},    // two replacements
		{edit{0, 3, "x"}, edit{2, 5, "y"}, true},    // overlap
		{edit{0, 10, "x"}, edit{4, 4, "y"}, true},   // insertion inside a replacement
		{edit{0, 3, "x"}, edit{3, 5, "y"}, false},   // adjacent
		{edit{0, 3, "x"}, edit{3, 3, "y"}, false},   // insertion at the end
		{edit{10, 12, "x"}, edit{0, 3, "y"}, false}, // apart
	}
	for _, c := range cases {
		if got := conflicts(c.a, c.b); got != c.want {
			t.Errorf("conflicts(%v, %v) = %v, want %v", c.a, c.b, got, c.want)
		}
		if got := conflicts(c.b, c.a); got != c.want {
			t.Errorf("conflicts(%v, %v) = %v, want %v", c.b, c.a, got, c.want)
		}
	}
}

func TestApplyEdits(t *testing.T) {
	src := []byte("import (\n\t\"fmt\"\n)\nf(400, 1)\ng(400, 2)\n")
	imp := edit{8, 8, "\n\t\"net/http\""}
	got := string(applyEdits(src, []edit{
		{20, 23, "http.StatusNotFound"},
		imp,
		{30, 33, "http.StatusUnauthorized"},
		imp, // the second fix adds the same import
	}))
	want := "import (\n\t\"net/http\"\n\t\"fmt\"\n)\nf(http.StatusNotFound, 1)\ng(http.StatusUnauthorized, 2)\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestConflictIndex: the binary-searched conflict check of a file's edits
// agrees with checking every edit taken, on random edits.
func TestConflictIndex(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		ff := &fileFix{}
		var taken []edit
		for range 50 {
			start := rng.IntN(100)
			e := edit{start, start + rng.IntN(4), []string{"", "x"}[rng.IntN(2)]}
			want := slices.ContainsFunc(taken, func(p edit) bool { return conflicts(p, e) })
			if _, got := ff.conflict(e); got != want {
				t.Fatalf("conflict(%v) = %v, want %v; taken %v", e, got, want, taken)
			}
			if !want {
				ff.add(e, nil)
				if !slices.Contains(taken, e) {
					taken = append(taken, e)
				}
			}
		}
		if len(ff.edits) != len(taken) {
			t.Fatalf("%d edits kept, want %d", len(ff.edits), len(taken))
		}
	}
}

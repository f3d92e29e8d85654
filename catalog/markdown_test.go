package catalog

import (
	"strings"
	"testing"
)

// strip drops what Markdown cannot carry: positions.
func strip(es []Entry) []Entry {
	out := make([]Entry, len(es))
	for i, e := range es {
		out[i] = Entry{Namespace: e.Namespace, Status: e.Status, Code: e.Code, Name: e.Name,
			English: e.English, Message: e.Message, Ident: e.Ident, UsedElsewhere: e.UsedElsewhere}
	}
	return out
}

func TestMarkdownRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name    string
		entries []Entry
		rules   Rules
	}{
		{"go catalog", []Entry{
			{Code: 40400001, Status: 404, Name: "user not found", Ident: "ErrUserNotFound", File: "code.go", Line: 7},
			{Code: 40000002, Status: 400, Name: "bad *input* | `x` <br> [l](u) \\ _y_ & ~z~ #h", Ident: "CodeBad", File: "code.go", Line: 8},
			{Code: 50000001, Status: 500, Name: "内部错误", File: "code.go", Line: 9, UsedElsewhere: true},
		}, DefaultRules},
		{"namespaces and texts", []Entry{
			{Namespace: "user", Code: 401, Status: 401, Name: "a", English: "A", Message: "msg a"},
			{Namespace: "platform", Code: 500, Status: 500, Name: "b"},
		}, Rules{Digits: 3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, ps := FromEntries("go:example.com/code", tc.entries, tc.rules)
			if err := ps.Err(); err != nil {
				t.Fatal(err)
			}
			md := c.Markdown()
			back, ps := Parse("back.md", md, Overrides{})
			if err := ps.Err(); err != nil || len(ps) > 0 {
				t.Fatalf("reading back:\n%s\nproblems: %v", md, ps)
			}
			if back.Rules != c.Rules {
				t.Errorf("rules %v, want %v", back.Rules, c.Rules)
			}
			got, want := strip(back.Entries), strip(c.Entries)
			if len(got) != len(want) {
				t.Fatalf("%d entries back, want %d:\n%s", len(got), len(want), md)
			}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("entry %d: got %+v, want %+v\n%s", i, got[i], want[i], md)
				}
			}
		})
	}
}

func TestFromEntriesProblems(t *testing.T) {
	_, ps := FromEntries("go:x", nil, DefaultRules)
	if got := ps.Err(); got == nil || got.Error() != "go:x: no catalog entries found" {
		t.Errorf("no entries: %v", got)
	}
	_, ps = FromEntries("go:x", []Entry{
		{Code: 40400001, Status: 404, Name: "a", File: "a.go", Line: 3},
		{Code: 40400001, Status: 404, Name: "b", File: "b.go", Line: 5},
		{Code: 4040001, Status: 404, Name: "c", File: "b.go", Line: 6},
		{Code: 40000003, Status: 404, Name: "c", File: "b.go", Line: 7},
		{Code: 60000001, Status: 600, Name: "d", File: "b.go", Line: 8},
	}, DefaultRules)
	want := []string{
		"b.go:5: duplicate error code 40400001 in namespace default (first at a.go:3)",
		"b.go:6: error code 4040001 has 7 digits, want 8 (rules: digits=8 prefix=on)",
		"b.go:7: error code 40000003 does not start with its HttpCode 404 (rules: digits=8 prefix=on)",
		"b.go:7: warning: error codes 4040001 (line 6) and 40000003 in namespace default share the name \"c\"",
		"b.go:8: HttpCode 600 of error code 60000001 is outside 100-599",
	}
	var got []string
	for _, p := range ps {
		got = append(got, p.String())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

package catalog_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/errcodecheck/errcodecheck/catalog"
)

// TestUsedElsewhere reads each form of the used-elsewhere marker and
// the mistakes that must not mark nothing silently.
func TestUsedElsewhere(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name     string
		doc      string
		used     []int64 // the codes marked
		problems []string
	}{{
		name: "in a table row",
		doc: "| Code | HTTP | Name |\n|---|---|---|\n| 40000001 | 400 | a <!-- errcodecheck:used-elsewhere mobile --> |\n" +
			"| 40000002 | 400 | b |\n| 40000003 <!-- errcodecheck:used-elsewhere --> | 400 | c |\n",
		used: []int64{40000001, 40000003},
	}, {
		name: "after the last row",
		doc:  "| Code | HTTP |\n|---|---|\n| 40000001 | 400 |\n| 40000002 | 400 |\n<!-- errcodecheck:used-elsewhere -->\n",
		used: []int64{40000002},
	}, {
		name: "after and in bullet blocks",
		doc: "- HttpCode: 400\n- ErrorCode: 40000001\n<!-- errcodecheck:used-elsewhere by the app -->\n---\n" +
			"- HttpCode: 400\n- ErrorCode: 40000002\n\n---\n" +
			"- HttpCode: 400\n- ErrorCode: 40000003 <!-- errcodecheck:used-elsewhere -->\n",
		used: []int64{40000001, 40000003},
	}, {
		name: "a namespace section",
		doc: "<!-- errcodecheck:namespace app used-elsewhere -->\n| Code | HTTP |\n|---|---|\n| 40000001 | 400 |\n| 40000002 | 400 |\n" +
			"<!-- errcodecheck:namespace web -->\n| Code | HTTP |\n|---|---|\n| 40000003 | 400 |\n",
		used: []int64{40000001, 40000002},
	}, {
		name: "the whole document",
		doc:  "<!-- errcodecheck:rules used-elsewhere=on -->\n| Code | HTTP |\n|---|---|\n| 40000001 | 400 |\n| 40000002 | 400 |\n",
		used: []int64{40000001, 40000002},
	}, {
		name:     "a marker after a blank line marks nothing",
		doc:      "| Code | HTTP |\n|---|---|\n| 40000001 | 400 |\n\n<!-- errcodecheck:used-elsewhere -->\n",
		problems: []string{"x.md:5: used-elsewhere marker follows no entry: put it on the line right after"},
	}, {
		name:     "a marker before any entry",
		doc:      "<!-- errcodecheck:used-elsewhere -->\n| Code | HTTP |\n|---|---|\n| 40000001 | 400 |\n",
		problems: []string{"x.md:1: used-elsewhere marker follows no entry"},
	}, {
		name:     "a misspelled marker in a row",
		doc:      "| Code | HTTP |\n|---|---|\n| 40000001 | 400 <!-- errcodecheck:used-elswhere --> |\n",
		problems: []string{`x.md:3: errcodecheck marker "used-elswhere" inside an entry (only used-elsewhere belongs in a row or bullet line)`},
	}, {
		name:     "a misspelled marker on its line",
		doc:      "| Code | HTTP |\n|---|---|\n| 40000001 | 400 |\n<!-- errcodecheck:usedelsewhere -->\n",
		problems: []string{`x.md:4: unknown errcodecheck marker "usedelsewhere"`},
	}, {
		name:     "a namespace option that is not used-elsewhere",
		doc:      "<!-- errcodecheck:namespace app used_elsewhere -->\n| Code | HTTP |\n|---|---|\n| 40000001 | 400 |\n",
		problems: []string{`x.md:1: namespace marker needs one name of letters, digits, '.', '-' or '_', optionally followed by used-elsewhere, got "app used_elsewhere"`},
	}, {
		name:     "a rules value that is not on or off",
		doc:      "<!-- errcodecheck:rules used-elsewhere=all -->\n| Code | HTTP |\n|---|---|\n| 40000001 | 400 |\n",
		problems: []string{`x.md:1: rules marker: used-elsewhere must be on or off, got "all"`},
	}, {
		name: "a comment that is no marker is not one",
		doc:  "| Code | HTTP |\n|---|---|\n| 40000001 | 400 <!-- used elsewhere? --> |\n<!-- a note -->\n",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c, problems := catalog.Parse("x.md", []byte(tc.doc), catalog.Overrides{})
			var used []int64
			for _, e := range c.Entries {
				if e.UsedElsewhere {
					used = append(used, e.Code)
				}
			}
			if !slices.Equal(used, tc.used) {
				t.Errorf("used elsewhere: %v, want %v", used, tc.used)
			}
			var got []string
			for _, p := range problems {
				got = append(got, p.String())
			}
			if len(got) != len(tc.problems) {
				t.Fatalf("problems:\n%s\nwant %d:\n%s", strings.Join(got, "\n"), len(tc.problems), strings.Join(tc.problems, "\n"))
			}
			for i, want := range tc.problems {
				if !strings.HasPrefix(got[i], want) {
					t.Errorf("problem %d: %s\nwant prefix %s", i, got[i], want)
				}
			}
		})
	}
}

// TestUsedElsewhereExport shows the marker in errcatalog export's JSON.
func TestUsedElsewhereExport(t *testing.T) {
	t.Parallel()
	c, _ := catalog.Parse("x.md", []byte("| Code | HTTP |\n|---|---|\n| 40000001 | 400 |\n| 40000002 | 400 <!-- errcodecheck:used-elsewhere --> |\n"), catalog.Overrides{})
	data, err := c.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(string(data), `"used_elsewhere":true`); got != 1 {
		t.Errorf("export has %d used_elsewhere keys, want 1:\n%s", got, data)
	}
}

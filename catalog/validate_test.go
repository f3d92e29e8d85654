package catalog_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/errcodecheck/errcodecheck/catalog"
)

// entry renders a bullet block.
func entry(status, code, name string) string {
	s := "---\n"
	if status != "" {
		s += "- HttpCode: " + status + "\n"
	}
	if code != "" {
		s += "- ErrorCode: " + code + "\n"
	}
	if name != "" {
		s += "- 中文名称: " + name + "\n"
	}
	return s
}

func TestValidateRules(t *testing.T) {
	for _, tc := range []struct {
		name     string
		doc      string
		problems []string
	}{{
		name: "valid",
		doc:  entry("400", "40000001", "a") + entry("401", "40100001", "b") + entry("599", "59900001", "c") + entry("100", "10000001", "d"),
	}, {
		name: "duplicate code in one namespace",
		doc:  entry("400", "40000001", "a") + entry("400", "40000002", "b") + entry("400", "40000001", "c"),
		problems: []string{
			"x.md:11: duplicate error code 40000001 in namespace default (first at line 3); if the document holds several code tables, put <!-- errcodecheck:namespace NAME --> before each",
		},
	}, {
		name: "duplicate code with markers: no hint",
		doc: "<!-- errcodecheck:namespace user -->\n" + entry("400", "40000001", "a") + entry("400", "40000001", "b") +
			"<!-- errcodecheck:namespace platform -->\n" + entry("400", "40000001", "a"),
		problems: []string{
			"x.md:8: duplicate error code 40000001 in namespace user (first at line 4)",
		},
	}, {
		name: "duplicate with a different status is still a duplicate",
		doc:  entry("400", "40000001", "a") + entry("500", "40000001", "b"),
		problems: []string{
			"x.md:7: duplicate error code 40000001 in namespace default (first at line 3); if the document holds several code tables, put <!-- errcodecheck:namespace NAME --> before each",
		},
	}, {
		name: "same code in two namespaces",
		doc: "<!-- errcodecheck:namespace user -->\n" + entry("400", "40000001", "a") +
			"<!-- errcodecheck:namespace platform -->\n" + entry("400", "40000001", "a"),
	}, {
		name: "missing HttpCode",
		doc:  entry("", "40000001", "a"),
		problems: []string{
			"x.md:2: entry lacks HttpCode",
		},
	}, {
		name: "missing ErrorCode",
		doc:  entry("400", "", "a"),
		problems: []string{
			"x.md:2: entry lacks ErrorCode",
		},
	}, {
		name: "name only",
		doc:  entry("", "", "a"),
		problems: []string{
			"x.md:2: entry lacks HttpCode",
			"x.md:2: entry lacks ErrorCode",
		},
	}, {
		name: "empty values",
		doc:  "- HttpCode:\n- ErrorCode: \n",
		problems: []string{
			`x.md:1: HttpCode "" is not a number`,
			`x.md:2: ErrorCode "" is not a number`,
		},
	}, {
		name: "values that are not numbers",
		doc: entry("4OO", "40000001", "") + entry("400", "4000000l", "") + entry("-400", "+40000001", "") +
			entry("400.0", "40 000 001", "") + entry("0x190", "99999999999999999999", ""),
		problems: []string{
			`x.md:2: HttpCode "4OO" is not a number`,
			`x.md:6: ErrorCode "4000000l" is not a number`,
			`x.md:8: HttpCode "-400" has a sign: statuses are not negative`,
			`x.md:9: ErrorCode "+40000001" has a sign (write 40000001)`,
			`x.md:11: HttpCode "400.0" is not a number`,
			`x.md:12: ErrorCode "40 000 001" is not a number`,
			`x.md:14: HttpCode "0x190" is not a number`,
			`x.md:15: ErrorCode "99999999999999999999" is out of range (at most 9223372036854775807)`,
		},
	}, {
		name: "prefix mismatch",
		doc:  entry("400", "40100003", "a") + entry("401", "40100003", "b"),
		problems: []string{
			"x.md:3: error code 40100003 does not start with its HttpCode 400 (rules: digits=8 prefix=on)",
			"x.md:7: duplicate error code 40100003 in namespace default (first at line 3); if the document holds several code tables, put <!-- errcodecheck:namespace NAME --> before each",
		},
	}, {
		name: "prefix of a short code",
		doc:  "<!-- errcodecheck:rules digits=any -->\n" + entry("400", "400", "a"),
		problems: []string{
			"x.md:4: error code 400 does not start with its HttpCode 400 (rules: digits=any prefix=on)",
		},
	}, {
		name: "wrong width",
		doc:  entry("400", "4000001", "a") + entry("400", "400000001", "b"),
		problems: []string{
			"x.md:3: error code 4000001 has 7 digits, want 8 (rules: digits=8 prefix=on)",
			"x.md:7: error code 400000001 has 9 digits, want 8 (rules: digits=8 prefix=on)",
		},
	}, {
		name: "leading zeros are an error",
		doc:  "<!-- errcodecheck:rules prefix=off -->\n" + entry("400", "00000001", "a"),
		problems: []string{
			`x.md:4: ErrorCode "00000001" has a leading zero (write 1)`,
		},
	}, {
		name: "status outside 100-599",
		doc: "<!-- errcodecheck:rules prefix=off -->\n" +
			entry("99", "40000001", "a") + entry("600", "40000002", "b") + entry("0", "40000003", "c") +
			entry("99999999999", "40000004", "d"),
		problems: []string{
			"x.md:3: HttpCode 99 of error code 40000001 is outside 100-599",
			"x.md:7: HttpCode 600 of error code 40000002 is outside 100-599",
			"x.md:11: HttpCode 0 of error code 40000003 is outside 100-599",
			`x.md:15: HttpCode "99999999999" is out of range (want 100-599)`,
		},
	}, {
		name: "status outside 100-599 with the prefix rule",
		doc:  entry("600", "60000001", "a"),
		problems: []string{
			"x.md:2: HttpCode 600 of error code 60000001 is outside 100-599",
		},
	}, {
		name: "duplicate name",
		doc:  entry("400", "40000001", "同名") + entry("400", "40000002", "同名") + entry("401", "40100001", "同名"),
		problems: []string{
			`x.md:8: warning: error codes 40000001 (line 4) and 40000002 in namespace default share the name "同名"`,
			`x.md:12: warning: error codes 40000001 (line 4) and 40100001 in namespace default share the name "同名"`,
		},
	}, {
		name: "same name in two namespaces",
		doc: "<!-- errcodecheck:namespace user -->\n" + entry("400", "40000001", "同名") +
			"<!-- errcodecheck:namespace platform -->\n" + entry("400", "40000002", "同名"),
	}, {
		name: "same English name is not a warning",
		doc:  "- HttpCode: 400\n- ErrorCode: 40000001\n- English: Bad\n---\n- HttpCode: 400\n- ErrorCode: 40000002\n- English: Bad\n",
	}, {
		name: "all problems at once, sorted by line",
		doc: "<!-- errcodecheck:namespace bad name -->\n" + // 1
			entry("400", "40000001", "a") + // 2-5
			"| Code | HTTP | Name |\n|---|---|---|\n| 40000001 | 400 | a |\n| 4000001 | 400 | b |\n" + // 6-9
			entry("4xx", "40000003", "c") + // 10-13
			"<!-- errcodecheck:rules digits=8 prefix=sometimes -->\n" + // 14
			entry("404", "40000004", "a") + // 15-18
			entry("700", "", "") + // 19-20
			"<!-- errcodecheck:frobnicate -->\n", // 21
		problems: []string{
			`x.md:1: namespace marker needs one name of letters, digits, '.', '-' or '_', optionally followed by used-elsewhere, got "bad name"`,
			"x.md:8: duplicate error code 40000001 in namespace default (first at line 4); if the document holds several code tables, put <!-- errcodecheck:namespace NAME --> before each",
			"x.md:9: error code 4000001 has 7 digits, want 8 (rules: digits=8 prefix=on)",
			`x.md:11: HttpCode "4xx" is not a number`,
			`x.md:14: rules marker: prefix must be on or off, got "sometimes"`,
			"x.md:17: error code 40000004 does not start with its HttpCode 404 (rules: digits=8 prefix=on)",
			`x.md:18: warning: error codes 40000001 (line 5) and 40000004 in namespace default share the name "a"`,
			"x.md:20: entry lacks ErrorCode",
			`x.md:21: unknown errcodecheck marker "frobnicate" (want namespace, rules or used-elsewhere)`,
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			_, ps := parse(tc.doc)
			diff(t, "problems", strs(ps), tc.problems)
			for _, p := range ps {
				if p.File != "x.md" || p.Line < 1 {
					t.Errorf("problem %q: position %s:%d, want x.md and a line", p.Msg, p.File, p.Line)
				}
			}
		})
	}
}

func TestPrefixStatus(t *testing.T) {
	for _, tc := range []struct {
		code   int64
		status int
		ok     bool
	}{
		{40100002, 401, true},
		{40000001, 400, true},
		{410108, 410, true},
		{5000, 500, true},
		{1000, 100, true},
		{999, 0, false},
		{0, 0, false},
		{-40000001, 0, false},
		{9223372036854775807, 922, true},
	} {
		status, ok := catalog.PrefixStatus(tc.code)
		if status != tc.status || ok != tc.ok {
			t.Errorf("PrefixStatus(%d) = %d, %v; want %d, %v", tc.code, status, ok, tc.status, tc.ok)
		}
	}
}

func TestProblemString(t *testing.T) {
	for _, tc := range []struct {
		p    catalog.Problem
		want string
	}{
		{catalog.Problem{File: "f", Line: 3, Msg: "msg"}, "f:3: msg"},
		{catalog.Problem{File: "f", Line: 3, Severity: catalog.Warning, Msg: "msg"}, "f:3: warning: msg"},
		{catalog.Problem{File: "f", Msg: "msg"}, "f: msg"},
		{catalog.Problem{File: "f", Severity: catalog.Warning, Msg: "msg"}, "f: warning: msg"},
	} {
		if got := tc.p.String(); got != tc.want {
			t.Errorf("%#v.String() = %q, want %q", tc.p, got, tc.want)
		}
	}
	if catalog.Error.String() != "error" || catalog.Warning.String() != "warning" {
		t.Errorf("severities: %q, %q", catalog.Error, catalog.Warning)
	}
}

func TestProblems(t *testing.T) {
	ps := catalog.Problems{
		{File: "f", Line: 1, Msg: "e1"},
		{File: "f", Line: 2, Severity: catalog.Warning, Msg: "w"},
		{File: "f", Line: 3, Msg: "e2"},
	}
	diff(t, "errors", strs(ps.Errors()), []string{"f:1: e1", "f:3: e2"})
	diff(t, "warnings", strs(ps.Warnings()), []string{"f:2: warning: w"})

	err := ps.Err()
	if err == nil || err.Error() != "f:1: e1\nf:3: e2" {
		t.Fatalf("Err() = %v, want both errors one per line", err)
	}
	le, ok := catalog.AsLoadError(fmt.Errorf("loading: %w", err))
	if !ok || len(le.Problems) != 2 {
		t.Errorf("AsLoadError(wrapped) = %v, %v", le, ok)
	}
	if _, ok := catalog.AsLoadError(errors.New("other")); ok {
		t.Error("AsLoadError(other) = true")
	}
	if err := ps.Warnings().Err(); err != nil {
		t.Errorf("warnings only: Err() = %v, want nil", err)
	}
	if err := catalog.Problems(nil).Err(); err != nil {
		t.Errorf("no problems: Err() = %v, want nil", err)
	}
}

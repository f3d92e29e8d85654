package main

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// formats are the output flags; the exit status is the same for each.
var formats = []struct {
	name string
	args []string
}{
	{"text", nil},
	{"json", []string{"-json"}},
	{"sarif", []string{"-sarif"}},
	{"codeclimate", []string{"-format", "codeclimate"}},
	{"checkstyle", []string{"-format", "checkstyle"}},
}

// badConfig has an unknown key on line 3.
const badConfig = `# a typo: namespace for namespaces
catalog: ""
namespace:
  - name: user
    packages: ["example.com/shop/user/..."]
`

// TestExitStatus checks 0 for clean packages, 3 for findings and 1 when
// errcodecheck fails, in every output format.
func TestExitStatus(t *testing.T) {
	broken := copyShop(t)
	writeFile(t, broken, "broken/broken.go", "package broken\n\nvar n int = \"not a number\"\n")
	badCfg := copyShop(t)
	writeFile(t, badCfg, ".errcodecheck.yml", badConfig)

	cases := []struct {
		name    string
		dir     string
		args    []string
		formats bool // in every format, else text only
		code    int
		wantErr string // in standard error
	}{
		{"clean", shop, []string{"./clean", "./user"}, true, 0, ""},
		{"findings", shop, []string{"./platform"}, true, 3, ""},
		{"type error", broken, []string{"./broken"}, true, 1, `broken/broken.go:3:13: cannot use "not a number"`},
		{"bad config", badCfg, []string{"./clean"}, true, 1, ".errcodecheck.yml:3: namespace: unknown key"},
		{"type error among findings", broken, []string{"-test=false", "./..."}, false, 1, "broken.go:3:13"},
		{"no such package", shop, []string{"./nosuch"}, true, 1, "nosuch: directory not found"},
		{"no packages", shop, []string{"example.com/nosuch/..."}, true, 1, "example.com/nosuch/... matched no packages"},
	}
	for _, c := range cases {
		for _, f := range formats {
			if !c.formats && f.name != "text" {
				continue
			}
			t.Run(c.name+"/"+f.name, func(t *testing.T) {
				t.Parallel()
				r := errcodecheck(t, c.dir, append(slices.Clone(f.args), c.args...)...)
				wantCode(t, r, c.code)
				if c.wantErr != "" && !strings.Contains(r.stderr, c.wantErr) {
					t.Errorf("standard error lacks %q:\n%s", c.wantErr, r.stderr)
				}
				if c.code == 1 && strings.Count(r.stderr, c.wantErr) > 1 {
					t.Errorf("standard error repeats %q:\n%s", c.wantErr, r.stderr)
				}
				checkDocument(t, f.name, r.stdout)
				if f.name == "sarif" {
					validateSARIF(t, []byte(r.stdout))
					if ok := strings.Contains(r.stdout, `"executionSuccessful": true`); ok != (c.code != 1) {
						t.Errorf("executionSuccessful is not %v:\n%s", c.code != 1, r.stdout)
					}
				}
			})
		}
	}
}

// wantFindings are the findings in the example module: the position as the
// text output prints it, and a pattern of the message.
var wantFindings = []struct{ pos, msg string }{
	{"callers/callers.go:9:25", `error code 40100002 .* used with BadRequest, which fixes status 400`},
	{"callers/callers_test.go:10:19", `status 500 does not match error code 40400001`},
	{"fixme/fixme.go:8:23", `status 400 does not match error code 40400001`},
	{"fixme/fixme.go:13:26", `status 403 does not match error code 40100002`},
	{"platform/platform.go:12:20", `status 400 does not match error code 40100002 \(registered with 401\)`},
	{"platform/platform.go:17:25", `error code 40400099 is not registered`},
	{"platform/platform.go:22:30", `user\.ErrUserExists .* namespace user`},
	{"platform/platform.go:27:35", `message "密码长度小于6位"`},
	{"platform/platform.go:38:2", `errcodecheck:ignore directive`},
}

// TestText checks the text output: go vet's form, on standard error, each
// finding once although its file is in two packages (p and p's test).
func TestText(t *testing.T) {
	r := errcodecheck(t, shop, "./...")
	wantCode(t, r, 3)
	if r.stdout != "" {
		t.Errorf("standard output is not empty:\n%s", r.stdout)
	}
	lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
	if len(lines) != len(wantFindings) {
		t.Fatalf("want %d findings, got %d:\n%s", len(wantFindings), len(lines), r.stderr)
	}
	for i, w := range wantFindings {
		re := regexp.MustCompile("^" + regexp.QuoteMeta(w.pos) + ": " + w.msg)
		if !re.MatchString(lines[i]) {
			t.Errorf("finding %d: want %s: %s, got\n%s", i, w.pos, w.msg, lines[i])
		}
	}
}

// TestTextNoTests checks -test=false, without which the finding in a
// _test.go file goes, and -c, which prints the lines around a finding.
func TestTextNoTests(t *testing.T) {
	r := errcodecheck(t, shop, "-test=false", "-c", "1", "./callers")
	wantCode(t, r, 3)
	want := "callers/callers.go:9:25: error code 40100002 (registered with 401) used with BadRequest, which fixes status 400 (status-mismatch)\n" +
		"8\tfunc Unauthorized() any {\n9\t\treturn heur.BadRequest(40100002)\n10\t}\n"
	if r.stderr != want {
		t.Errorf("want\n%s\ngot\n%s", want, r.stderr)
	}
}

// shopWithoutNamespaces is the example module's configuration less its
// namespaces.
const shopWithoutNamespaces = `constructors:
  - func: example.com/shop/apierr.New
    status: status
    code: code
    message: msg
`

// TestFlagsOverride checks that the analyzer's flags reach it: with
// -heuristics=false, heur.NewError is no constructor and fixme is clean;
// -config replaces the module's configuration.
func TestFlagsOverride(t *testing.T) {
	r := errcodecheck(t, shop, "-heuristics=false", "./fixme")
	wantCode(t, r, 0)

	// Without the namespaces, platform may use user's constant.
	dir := t.TempDir()
	writeFile(t, dir, "other.yml", shopWithoutNamespaces)
	r = errcodecheck(t, shop, "-config", filepath.Join(dir, "other.yml"), "./platform")
	wantCode(t, r, 3)
	if !strings.Contains(r.stderr, "platform/platform.go:12:20: ") || strings.Contains(r.stderr, "user.ErrUserExists") {
		t.Errorf("-config did not replace the configuration:\n%s", r.stderr)
	}
}

// TestJSON checks -json: the x/tools JSON tree with every category.
func TestJSON(t *testing.T) {
	r := errcodecheck(t, shop, "-json", "-test=false", "./...")
	wantCode(t, r, 3)
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(r.stdout), &tree); err != nil {
		t.Fatalf("%v:\n%s", err, r.stdout)
	}
	categories := map[string]int{}
	for id, analyzers := range tree {
		for name, raw := range analyzers {
			if name != "errcodecheck" {
				t.Errorf("%s: unexpected analyzer %s: %s", id, name, raw)
				continue
			}
			var diags []struct {
				Category, Posn, End, Message string
				SuggestedFixes               []struct {
					Message string
					Edits   []struct {
						Filename   string
						Start, End int
						New        string
					}
				} `json:"suggested_fixes"`
			}
			if err := json.Unmarshal(raw, &diags); err != nil {
				t.Fatalf("%s: %v: %s", id, err, raw)
			}
			for _, d := range diags {
				categories[d.Category]++
				if d.Posn == "" || d.Message == "" {
					t.Errorf("%s: finding without position or message: %+v", id, d)
				}
				if d.Category == "status-mismatch" && strings.Contains(d.Posn, "platform.go") && len(d.SuggestedFixes) == 0 {
					t.Errorf("%s: status-mismatch without its fix: %+v", id, d)
				}
			}
		}
	}
	for _, c := range []string{"unknown-code", "status-mismatch", "namespace", "message-mismatch", "directive"} {
		if categories[c] == 0 {
			t.Errorf("no finding of category %s in\n%s", c, r.stdout)
		}
	}
	if _, ok := tree["example.com/shop/platform"]; !ok {
		t.Errorf("no entry for example.com/shop/platform in\n%s", r.stdout)
	}
}

// TestUsage checks command-line mistakes: status 2 and a short usage.
func TestUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"-json", "-sarif", "./..."},
		{"-diff", "-json", "./..."},
		{"-nosuchflag", "./..."},
		{"-V=short"},
	} {
		r := errcodecheck(t, shop, args...)
		wantCode(t, r, 2)
		if !strings.Contains(r.stderr, "usage: errcodecheck") {
			t.Errorf("%q: no usage in\n%s", args, r.stderr)
		}
	}
}

// TestHelp checks that -help prints the manual on standard output.
func TestHelp(t *testing.T) {
	for _, flag := range []string{"-help", "-h"} {
		r := errcodecheck(t, shop, flag)
		wantCode(t, r, 0)
		if r.stdout != help {
			t.Errorf("%s does not print the manual; got\n%s", flag, r.stdout)
		}
	}
}

// TestVersion checks -V=full, in the form go vet parses.
func TestVersion(t *testing.T) {
	r := errcodecheck(t, shop, "-V=full")
	wantCode(t, r, 0)
	if !regexp.MustCompile(`^errcodecheck version \S+ buildID=[0-9a-f]{64}\n$`).MatchString(r.stdout) {
		t.Errorf("-V=full printed %q", r.stdout)
	}
}

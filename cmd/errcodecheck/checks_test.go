package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// checksModule is a module with one finding of each kind a heuristic
// constructor can give: a status mismatch, an unknown code and an ignore
// that silences nothing (a directive warning).
func checksModule(t *testing.T, config string) string {
	return tinyModule(t, map[string]string{
		".errcodecheck.yml": config,
		"m.go": `package m

func NewError(httpCode, errorCode int, msg string) error { return nil }

var (
	a = NewError(400, 40100002, "")
	b = NewError(401, 40100020, "")
	c = NewError(401, 40100002, "") //errcodecheck:ignore status-mismatch nothing here
)
`,
	})
}

const (
	findStatus  = "m.go:6:15: status 400 does not match error code 40100002 (registered with 401) (status-mismatch)"
	findUnknown = "m.go:7:20: error code 40100020 is not registered in the catalog; did you mean 40100002? (unknown-code)"
	findIgnore  = "m.go:8:34: errcodecheck:ignore directive silences no status-mismatch finding on its line or the next (directive)"
)

// TestChecksSelection checks the checks key and -checks: all by default,
// "-name" switches one off, later entries win, and -checks replaces the
// config's list.
func TestChecksSelection(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, config string
		args         []string
		want, not    []string
	}{
		{"all", "heuristics: true\n", nil, []string{findStatus, findUnknown, findIgnore}, nil},
		{"config off", "checks: [all, -unknown-code]\n", nil, []string{findStatus, findIgnore}, []string{findUnknown}},
		{"later wins", "checks: [-all, unknown-code, -unknown-code, status-mismatch]\n", nil, []string{findStatus}, []string{findUnknown, findIgnore}},
		{"flag replaces config", "checks: [-all]\n", []string{"-checks=unknown-code,directive"}, []string{findUnknown, findIgnore}, []string{findStatus}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := checksModule(t, tc.config)
			r := errcodecheck(t, dir, append(tc.args, "./...")...)
			wantCode(t, r, 3)
			for _, w := range tc.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("missing %s in %s", w, r)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(r.stderr, n) {
					t.Errorf("disabled finding %s in %s", n, r)
				}
			}
		})
	}
}

// TestChecksErrors checks that an unknown check name is an error: in the
// config with file, line and key (exit 1), on the command line (exit 2).
func TestChecksErrors(t *testing.T) {
	t.Parallel()
	dir := checksModule(t, "checks:\n  - all\n  - -status-mismach\nseverity:\n  namespace: loud\n")
	r := errcodecheck(t, dir, "./...")
	wantCode(t, r, 1)
	for _, w := range []string{`.errcodecheck.yml:3: checks[1]: unknown check "-status-mismach"`, `.errcodecheck.yml:5: severity.namespace: want error or warning, got "loud"`} {
		if !strings.Contains(r.stderr, w) {
			t.Errorf("missing %q in %s", w, r)
		}
	}
	r = errcodecheck(t, checksModule(t, "heuristics: true\n"), "-checks=all,-nope", "./...")
	wantCode(t, r, 2)
	if !strings.Contains(r.stderr, `unknown check "-nope"`) {
		t.Errorf("-checks=all,-nope: %s", r)
	}
}

// TestSeverity checks the exit status: warnings alone exit 0, -strict
// makes them fail; the severity key turns a check into a warning; SARIF
// shows each finding's level.
func TestSeverity(t *testing.T) {
	t.Parallel()
	dir := checksModule(t, "checks: [directive]\n")
	r := errcodecheck(t, dir, "./...")
	wantCode(t, r, 0)
	if !strings.Contains(r.stderr, findIgnore) {
		t.Errorf("warning not shown: %s", r)
	}
	wantCode(t, errcodecheck(t, dir, "-strict", "./..."), 3)

	dir = checksModule(t, "severity:\n  status-mismatch: warning\n  unknown-code: warning\n  directive: error\n")
	wantCode(t, errcodecheck(t, dir, "-checks=status-mismatch,unknown-code", "./..."), 0)
	wantCode(t, errcodecheck(t, dir, "-checks=status-mismatch,directive", "./..."), 3)

	r = errcodecheck(t, dir, "-sarif", "./...")
	wantCode(t, r, 3)
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID, HelpURI          string
						DefaultConfiguration struct{ Level string }
					}
				}
			}
			Results []struct{ RuleID, Level string }
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("SARIF: %v\n%s", err, r.stdout)
	}
	levels := map[string]string{}
	for _, res := range log.Runs[0].Results {
		levels[res.RuleID] = res.Level
	}
	if want := map[string]string{"status-mismatch": "warning", "unknown-code": "warning", "directive": "error"}; !mapsEqual(levels, want) {
		t.Errorf("result levels %v, want %v", levels, want)
	}
	rules := log.Runs[0].Tool.Driver.Rules
	if len(rules) != len(analyzer.Checks()) {
		t.Fatalf("%d rules, want one per check", len(rules))
	}
	for i, c := range analyzer.Checks() {
		if rules[i].ID != c.Name || rules[i].HelpURI != analyzer.ReadmeURL+"#"+c.Name || rules[i].DefaultConfiguration.Level != c.Severity {
			t.Errorf("rule %d: %+v, want %s at %s#%s, level %s", i, rules[i], c.Name, analyzer.ReadmeURL, c.Name, c.Severity)
		}
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestExplain checks -explain: a check's manual, or for an unknown name
// the list of checks and exit status 2.
func TestExplain(t *testing.T) {
	t.Parallel()
	r := errcodecheck(t, t.TempDir(), "-explain", "status-mismatch")
	wantCode(t, r, 0)
	c, _ := analyzer.CheckByName("status-mismatch")
	if r.stdout != c.Manual() || !strings.HasPrefix(r.stdout, "status-mismatch: HTTP status does not match the error code\n") ||
		!strings.Contains(r.stdout, c.Bad) || !strings.Contains(r.stdout, "Severity: error") {
		t.Errorf("-explain status-mismatch: %s", r)
	}
	r = errcodecheck(t, t.TempDir(), "-explain=status", "")
	wantCode(t, r, 2)
	for _, name := range analyzer.CheckNames() {
		if !strings.Contains(r.stderr, "\t"+name+" ") {
			t.Errorf("-explain=status does not list %s: %s", name, r)
		}
	}
}

// TestVetChecks checks -checks under go vet: passed through, and a new
// list is not answered from go vet's cache of the previous one.
func TestVetChecks(t *testing.T) {
	t.Parallel()
	dir := checksModule(t, "heuristics: true\n")
	r := goVet(t, dir, "./...")
	if r.code == 0 || !strings.Contains(r.stderr, "40100020 is not registered") {
		t.Fatalf("go vet: %s", r)
	}
	r = goVet(t, dir, "-checks=-unknown-code", "./...")
	if r.code == 0 || strings.Contains(r.stderr, "40100020 is not registered") || !strings.Contains(r.stderr, "status 400 does not match") {
		t.Errorf("go vet -checks=-unknown-code: %s", r)
	}
	r = goVet(t, dir, "-checks=namespace", "./...")
	if r.code != 0 {
		t.Errorf("go vet -checks=namespace: %s", r)
	}
}

// TestVetConfigErrorsOnce checks a config file with several mistakes under
// go vet: the package in the file's directory lists them all, every other
// package fails with one line pointing there, not the whole list again.
func TestVetConfigErrorsOnce(t *testing.T) {
	t.Parallel()
	dir := tinyModule(t, map[string]string{
		".errcodecheck.yml": "heuristics: maybe\nchecks: [nope]\n",
		"m.go":              "package m\n",
		"a/a.go":            "package a\n",
		"b/b.go":            "package b\n",
	})
	r := goVet(t, dir, "./...")
	if r.code == 0 {
		t.Fatalf("go vet with a bad config succeeded: %s", r)
	}
	if n := strings.Count(r.stderr, "heuristics: want true or false"); n != 3 {
		t.Errorf("the first error shown %d times, want once per package (3): %s", n, r)
	}
	if n := strings.Count(r.stderr, `checks[0]: unknown check "nope"`); n != 1 {
		t.Errorf("the second error shown %d times, want once: %s", n, r)
	}
	if n := strings.Count(r.stderr, "(1 more in "); n != 2 {
		t.Errorf("%d pointers to the full list, want 2: %s", n, r)
	}
}

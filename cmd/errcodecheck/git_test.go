package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// gitEnv is the environment of git in the tests, for git and for the
// binary that runs it: no user or system configuration, a fixed author,
// and no repository above the test's directory.
func gitEnv(ceiling string) []string {
	return append(childEnv(),
		"GIT_CONFIG_GLOBAL="+os.DevNull, "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=test", "GIT_AUTHOR_EMAIL=test@example.com",
		"GIT_COMMITTER_NAME=test", "GIT_COMMITTER_EMAIL=test@example.com",
		"GIT_CEILING_DIRECTORIES="+ceiling)
}

// runGit runs git with args in dir and fails the test if it fails.
func runGit(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = gitEnv(filepath.Dir(dir))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// gitRepo makes a git repository in a new directory, commits files in it
// and returns its directory, symbolic links resolved as git reports it.
func gitRepo(t *testing.T, files map[string]string) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		writeFile(t, dir, name, content)
	}
	runGit(t, dir, "init", "-q", "-b", "main")
	runGit(t, dir, "add", "-A")
	runGit(t, dir, "commit", "-q", "-m", "first")
	return dir
}

// errcodecheckIn runs the binary in dir with git's test environment,
// no repository above root.
func errcodecheckIn(t *testing.T, root, dir string, args ...string) result {
	t.Helper()
	return commandEnv(t, dir, gitEnv(filepath.Dir(root)), binary, args...)
}

const acmeConfig = "constructors:\n  - func: example.com/acme.NewError\n    status: 0\n    code: 1\n    message: 2\n"

// TestSourceRoot: in a monorepo whose module is services/acme, every
// machine-read format names files from the repository root by default,
// and from -source-root when given.
func TestSourceRoot(t *testing.T) {
	repo := gitRepo(t, map[string]string{
		"README.md":                       "monorepo\n",
		"services/acme/go.mod":            "module example.com/acme\n\ngo 1.26\n",
		"services/acme/.errcodecheck.yml": acmeConfig,
		"services/acme/internal/h/h.go":   "package h\n\nimport acme \"example.com/acme\"\n\nvar _ = acme.NewError(400, 40400001, \"\")\n",
		"services/acme/acme.go":           "package acme\n\n" + constructor,
	})
	mod := filepath.Join(repo, "services", "acme")
	const want = "services/acme/internal/h/h.go"

	r := errcodecheckIn(t, repo, mod, "-sarif", "./...")
	wantCode(t, r, 3)
	validateSARIF(t, []byte(r.stdout))
	var log sarifLog
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil || len(log.Runs) != 1 || len(log.Runs[0].Results) != 1 {
		t.Fatalf("%v: %s", err, r)
	}
	if got := log.Runs[0].Results[0].uri(); got != want {
		t.Errorf("SARIF artifactLocation.uri %q, want %q", got, want)
	}
	if got, wantRoot := log.Runs[0].OriginalURIBaseIDs["%SRCROOT%"].URI, "file://"+filepath.ToSlash(repo)+"/"; got != wantRoot {
		t.Errorf("%%SRCROOT%% %q, want %q", got, wantRoot)
	}
	if got := log.Runs[0].AutomationDetails.ID; got != "errcodecheck/services/acme/" {
		t.Errorf("automationDetails.id %q, want errcodecheck/services/acme/", got)
	}

	r = errcodecheckIn(t, repo, mod, "-format", "codeclimate", "./...")
	wantCode(t, r, 3)
	var issues []codeClimateIssue
	if err := json.Unmarshal([]byte(r.stdout), &issues); err != nil || len(issues) != 1 || issues[0].Location.Path != want {
		t.Errorf("codeclimate: want one issue at %s: %v %s", want, err, r)
	}

	r = errcodecheckIn(t, repo, mod, "-format", "checkstyle", "./...")
	wantCode(t, r, 3)
	if !strings.Contains(r.stdout, `<file name="`+want+`">`) {
		t.Errorf("checkstyle: no <file name=%q>: %s", want, r)
	}

	// -source-root . makes paths relative to the module again.
	r = errcodecheckIn(t, repo, mod, "-sarif", "-source-root", ".", "./...")
	wantCode(t, r, 3)
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil || len(log.Runs[0].Results) != 1 {
		t.Fatalf("%v: %s", err, r)
	}
	if got := log.Runs[0].Results[0].uri(); got != "internal/h/h.go" {
		t.Errorf("with -source-root .: uri %q, want internal/h/h.go", got)
	}
	if got := log.Runs[0].AutomationDetails.ID; got != "errcodecheck/" {
		t.Errorf("with -source-root .: automationDetails.id %q, want errcodecheck/", got)
	}
}

// TestNewFromRev: only the findings on lines changed since the revision
// are reported, and counted in the exit status: a changed line, a new
// line and an untracked file; not the old finding nor a line moved by an
// insertion above it.
func TestNewFromRev(t *testing.T) {
	old := "package acme\n\n" + constructor + "\nvar _ = NewError(400, 40400001, \"old\")\n"
	repo := gitRepo(t, map[string]string{
		"go.mod":            "module example.com/acme\n\ngo 1.26\n",
		".errcodecheck.yml": acmeConfig,
		"acme.go":           old,
		"b.go":              "package acme\n\nvar _ = NewError(400, 40400002, \"kept\")\n",
	})

	// A user's configuration must not change the diff errcodecheck reads.
	runGit(t, repo, "config", "diff.mnemonicPrefix", "true")

	// Nothing changed: the old findings are not new.
	r := errcodecheckIn(t, repo, repo, "-new-from-rev", "HEAD", "./...")
	wantCode(t, r, 0)
	if r.stderr != "" {
		t.Errorf("findings on unchanged lines: %s", r)
	}

	writeFile(t, repo, "acme.go", "package acme\n\n// a line above moves the old finding\n"+constructor+
		"\nvar _ = NewError(400, 40400001, \"old\")\nvar _ = NewError(401, 40400003, \"new\")\n")
	writeFile(t, repo, "b.go", "package acme\n\nvar _ = NewError(403, 40400002, \"kept\")\n")
	writeFile(t, repo, "c/c.go", "package c\n\nimport acme \"example.com/acme\"\n\nvar _ = acme.NewError(400, 40400004, \"untracked\")\n")
	runGit(t, repo, "add", "b.go") // staged changes count too

	r = errcodecheckIn(t, repo, repo, "-new-from-rev", "HEAD", "./...")
	wantCode(t, r, 3)
	got := strings.Split(strings.TrimSpace(r.stderr), "\n")
	var files []string
	for _, l := range got {
		pos, _, _ := strings.Cut(l, ": ")
		files = append(files, pos)
	}
	if want := []string{"acme.go:7:18", "b.go:3:18", "c/c.go:5:23", "c/c.go:5:28"}; !slices.Equal(files, want) {
		t.Errorf("findings at %v, want %v:\n%s", files, want, r.stderr)
	}

	// The whole run, to be sure the old finding is still there.
	r = errcodecheckIn(t, repo, repo, "./...")
	wantCode(t, r, 3)
	if !strings.Contains(r.stderr, "acme.go:6:18:") {
		t.Errorf("the old finding is gone from the full run: %s", r)
	}

	// Filtering applies to -json too.
	r = errcodecheckIn(t, repo, repo, "-json", "-new-from-rev", "HEAD", "./...")
	wantCode(t, r, 3)
	if strings.Contains(r.stdout, "acme.go:6:") || strings.Count(r.stdout, `"posn"`) != 4 {
		t.Errorf("-json -new-from-rev: %s", r)
	}

	r = errcodecheckIn(t, repo, repo, "-new-from-rev", "nosuchrev", "./...")
	wantCode(t, r, 1)
	if !strings.Contains(r.stderr, `-new-from-rev: "nosuchrev" is not a commit of the repository`) {
		t.Errorf("bad revision: %s", r)
	}

	outside := tinyModule(t, map[string]string{"p.go": "package p\n"})
	r = errcodecheckIn(t, outside, outside, "-new-from-rev", "HEAD", "./...")
	wantCode(t, r, 1)
	if !strings.Contains(r.stderr, "-new-from-rev: ") || !strings.Contains(r.stderr, "is not in a git repository") {
		t.Errorf("outside a git repository: %s", r)
	}
}

package plugin_test

// End-to-end tests: golangci-lint v2 built with the plugin, run on a small
// module with planted mistakes and on this repository itself.
//
// The binary is built by go run ../scripts/golangci (a generated main
// module that requires golangci-lint from the module proxy and replaces
// errcodecheck with this checkout, as `golangci-lint custom` does) once per
// test process, and cached under the user cache directory
// (errcodecheck-gcl/custom-gcl-KEY) keyed by the generator's hash of
// everything that goes into it, so repeated runs skip the build. The tests
// are skipped with -short, and when the go command cannot fetch
// golangci-lint.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// golangciVersion is the golangci-lint release the plugin is tested with.
const golangciVersion = "v2.15.0"

var gcl struct {
	once sync.Once
	path string
	skip string // reason to skip, when golangci-lint cannot be fetched
	err  error
}

// customGCL returns the path of golangci-lint built with the plugin.
func customGCL(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("skipped with -short: builds golangci-lint " + golangciVersion + " with the plugin")
	}
	gcl.once.Do(func() {
		ctx := context.Background()
		if d, ok := t.Deadline(); ok {
			var cancel context.CancelFunc
			ctx, cancel = context.WithDeadline(ctx, d.Add(-30*time.Second))
			defer cancel()
		}
		start := time.Now()
		var cached bool
		gcl.path, cached, gcl.skip, gcl.err = buildCustomGCL(ctx)
		switch {
		case gcl.skip != "" || gcl.err != nil:
		case cached:
			t.Logf("using cached %s", gcl.path)
		default:
			t.Logf("built %s in %s", gcl.path, time.Since(start).Round(time.Millisecond))
		}
	})
	if gcl.skip != "" {
		if os.Getenv("CI") == "true" {
			// In CI the module proxy is there: a build that cannot
			// fetch golangci-lint is a failure, not a reason to skip.
			t.Fatalf("CI=true: %s", gcl.skip)
		}
		t.Skip(gcl.skip)
	}
	if gcl.err != nil {
		t.Fatal(gcl.err)
	}
	return gcl.path
}

// repoRoot is the errcodecheck module's directory (tests run in plugin/).
func repoRoot() (string, error) { return filepath.Abs("..") }

// buildCustomGCL returns the cached binary for the current sources, or
// builds it. skip is set when golangci-lint cannot be fetched.
func buildCustomGCL(ctx context.Context) (path string, cached bool, skip string, err error) {
	root, err := repoRoot()
	if err != nil {
		return "", false, "", err
	}
	// The generator names the sources in a key, which also goes into the
	// binary's version (and so salts golangci-lint's result cache).
	keyCmd := exec.CommandContext(ctx, "go", "run", "./scripts/golangci", "-golangci-version", golangciVersion, "-print-key")
	keyCmd.Dir = root
	keyCmd.Env = append(os.Environ(), "GOWORK=off")
	var stderr bytes.Buffer
	keyCmd.Stderr = &stderr
	out, err := keyCmd.Output()
	if err != nil {
		return "", false, "", fmt.Errorf("go run ./scripts/golangci -print-key: %v\n%s", err, stderr.Bytes())
	}
	key := strings.TrimSpace(string(out))
	if key == "" || strings.ContainsAny(key, "/\\ \n") {
		return "", false, "", fmt.Errorf("go run ./scripts/golangci -print-key printed %q, want a hash", out)
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	dir = filepath.Join(dir, "errcodecheck-gcl")
	bin := filepath.Join(dir, "custom-gcl-"+key)
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	if _, err := os.Stat(bin); err == nil {
		now := time.Now()
		_ = os.Chtimes(bin, now, now) // recently used: kept by prune
		return bin, true, "", nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", false, "", err
	}

	// Can the go command fetch golangci-lint at all? If not, this
	// environment cannot run the test: say so instead of failing.
	tmp, err := os.MkdirTemp("", "custom-gcl-probe-")
	if err != nil {
		return "", false, "", err
	}
	defer os.RemoveAll(tmp)
	if out, err := goCmd(ctx, tmp, "mod", "download", "-json", "github.com/golangci/golangci-lint/v2@"+golangciVersion); err != nil {
		return "", false, fmt.Sprintf("go cannot fetch golangci-lint %s (GOPROXY=%s), so the plugin cannot be built into it: %v\n%s",
			golangciVersion, goEnv(ctx, "GOPROXY"), err, out), nil
	}

	// Build to a temporary name in the cache and rename: concurrent test
	// processes never see a partial binary.
	partial := filepath.Join(dir, fmt.Sprintf(".custom-gcl-%s-%d", key, os.Getpid()))
	defer os.Remove(partial)
	out, err = goCmd(ctx, root, "run", "./scripts/golangci", "-golangci-version", golangciVersion, "-plugin", root, "-o", partial)
	if err != nil {
		if ctx.Err() != nil {
			return "", false, "", fmt.Errorf("building golangci-lint with the plugin did not finish before the test timeout; "+
				"run go run ./scripts/golangci once to fill the build cache, or go test -timeout 30m: %v\n%s", err, out)
		}
		if isNetworkError(out) {
			return "", false, fmt.Sprintf("go cannot fetch golangci-lint's dependencies: %v\n%s", err, out), nil
		}
		return "", false, "", fmt.Errorf("building golangci-lint with the plugin: %v\n%s", err, out)
	}
	if err := os.Rename(partial, bin); err != nil {
		return "", false, "", err
	}
	pruneCache(dir, bin)
	return bin, false, "", nil
}

// pruneCache removes all but the most recently used binaries.
func pruneCache(dir, keep string) {
	const keepAtMost = 3
	bins, _ := filepath.Glob(filepath.Join(dir, "custom-gcl-*"))
	type binTime struct {
		path string
		mod  time.Time
	}
	var bs []binTime
	for _, b := range bins {
		if fi, err := os.Stat(b); err == nil && b != keep {
			bs = append(bs, binTime{b, fi.ModTime()})
		}
	}
	sort.Slice(bs, func(i, j int) bool { return bs[i].mod.After(bs[j].mod) })
	for i := keepAtMost - 1; i < len(bs); i++ {
		_ = os.Remove(bs[i].path)
	}
}

func goCmd(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	return cmd.CombinedOutput()
}

func goEnv(ctx context.Context, name string) string {
	out, _ := exec.CommandContext(ctx, "go", "env", name).Output()
	return strings.TrimSpace(string(out))
}

var networkError = regexp.MustCompile(`dial tcp|no such host|connection refused|i/o timeout|TLS handshake|proxyconnect|GOPROXY=off|module lookup disabled|GOFLAGS=-mod=vendor|404 Not Found|410 Gone`)

func isNetworkError(out []byte) bool { return networkError.Match(out) }

// issue is a finding of golangci-lint's JSON output.
type issue struct {
	FromLinter string
	Text       string
	Pos        struct {
		Filename     string
		Line, Column int
	}
}

type lintResult struct {
	issues   []issue
	linters  map[string]bool // name -> enabled
	exit     int
	stderr   string
	duration time.Duration
}

// lint runs golangci-lint with config on ./... in dir, with a fresh
// golangci-lint cache so that results are computed, not replayed. Other
// golangci-lint processes (other test processes, an editor) may run at the
// same time: without --allow-parallel-runners, golangci-lint gives up
// after waiting 5s for its lock file in the temporary directory.
func lint(t *testing.T, bin, dir, config string) lintResult {
	t.Helper()
	cmd := exec.Command(bin, "run", "--config", config, "--allow-parallel-runners",
		"--output.json.path", "stdout", "--show-stats=false", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+t.TempDir(), "GOWORK=off")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	r := lintResult{duration: time.Since(start), stderr: stderr.String(), linters: map[string]bool{}}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		r.exit = ee.ExitCode()
	case err != nil:
		t.Fatalf("running %s: %v", bin, err)
	}
	t.Logf("golangci-lint run in %s: exit %d in %s", dir, r.exit, r.duration.Round(time.Millisecond))
	if stdout.Len() == 0 {
		return r
	}
	var out struct {
		Issues []issue
		Report struct {
			Linters []struct {
				Name    string
				Enabled bool
			}
			Error string
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("golangci-lint output is not JSON: %v\n%s\nstderr:\n%s", err, stdout.Bytes(), r.stderr)
	}
	if out.Report.Error != "" {
		r.stderr += "\nreport error: " + out.Report.Error
	}
	r.issues = out.Issues
	for _, l := range out.Report.Linters {
		r.linters[l.Name] = l.Enabled
	}
	for i := range r.issues {
		r.issues[i].Pos.Filename = relSlash(dir, r.issues[i].Pos.Filename)
	}
	return r
}

func relSlash(dir, file string) string {
	if filepath.IsAbs(file) {
		if rel, err := filepath.Rel(dir, file); err == nil {
			file = rel
		}
	}
	return filepath.ToSlash(file)
}

// want is an expected finding: a `// want "regexp"...` comment, as in
// analysistest, on the line of the finding.
type want struct {
	file string
	line int
	re   *regexp.Regexp
}

func (w want) String() string { return fmt.Sprintf("%s:%d: %s", w.file, w.line, w.re) }

var (
	wantComment = regexp.MustCompile(`// want (.*)$`)
	wantPattern = regexp.MustCompile("^\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`)")
)

// wants reads the // want comments of the Go files under dir.
func wants(t *testing.T, dir string) []want {
	t.Helper()
	var ws []want
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(data), "\n") {
			m := wantComment.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			rest := m[1]
			for strings.TrimSpace(rest) != "" {
				lit := wantPattern.FindString(rest)
				if lit == "" {
					return fmt.Errorf("%s:%d: bad want comment: %s", path, i+1, m[0])
				}
				rest = rest[len(lit):]
				s, err := strconv.Unquote(strings.TrimSpace(lit))
				if err != nil {
					return fmt.Errorf("%s:%d: %v", path, i+1, err)
				}
				re, err := regexp.Compile(s)
				if err != nil {
					return fmt.Errorf("%s:%d: %v", path, i+1, err)
				}
				ws = append(ws, want{relSlash(dir, path), i + 1, re})
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

// checkIssues requires issues to be exactly the wanted findings, all from
// the errcodecheck linter.
func checkIssues(t *testing.T, issues []issue, ws []want) {
	t.Helper()
	used := make([]bool, len(ws))
	for _, is := range issues {
		where := fmt.Sprintf("%s:%d:%d", is.Pos.Filename, is.Pos.Line, is.Pos.Column)
		if is.FromLinter != "errcodecheck" {
			t.Errorf("%s: finding of linter %q, want errcodecheck: %s", where, is.FromLinter, is.Text)
			continue
		}
		// Each issue names its check, as staticcheck's do.
		if name, _, ok := strings.Cut(is.Text, ": "); !ok || !slices.Contains(analyzer.CheckNames(), name) {
			t.Errorf("%s: issue does not start with its check's name: %s", where, is.Text)
		}
		matched := false
		for i, w := range ws {
			if !used[i] && w.file == is.Pos.Filename && w.line == is.Pos.Line && w.re.MatchString(is.Text) {
				used[i], matched = true, true
				break
			}
		}
		if !matched {
			t.Errorf("%s: unexpected finding: %s", where, is.Text)
		}
	}
	for i, w := range ws {
		if !used[i] {
			t.Errorf("%s:%d: no finding matching %q", w.file, w.line, w.re)
		}
	}
}

const shopDir = "testdata/shop"

func TestGolangciLintShop(t *testing.T) {
	bin := customGCL(t)
	dir, err := filepath.Abs(shopDir)
	if err != nil {
		t.Fatal(err)
	}
	r := lint(t, bin, dir, filepath.Join(dir, ".golangci.yml"))
	if !r.linters["errcodecheck"] {
		t.Errorf("errcodecheck is not an enabled linter of the custom golangci-lint (linters: %v)\nstderr:\n%s", r.linters, r.stderr)
	}
	if r.exit != 1 {
		t.Errorf("exit status %d, want 1 (issues found)\nstderr:\n%s", r.exit, r.stderr)
	}
	ws := wants(t, dir)
	if len(ws) == 0 {
		t.Fatal("no // want comments in " + shopDir)
	}
	checkIssues(t, r.issues, ws)
}

// TestGolangciLintNolint shows that //nolint:errcodecheck is what silences
// the planted mistake on its line: without it, the finding appears. The
// silenced lines say what they would report:
//
//	... //nolint:errcodecheck // silenced: `regexp`
func TestGolangciLintNolint(t *testing.T) {
	bin := customGCL(t)
	dir := copyTree(t, shopDir)
	const nolint = "//nolint:errcodecheck // silenced:"
	n := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		n += bytes.Count(data, []byte(nolint))
		return os.WriteFile(path, bytes.ReplaceAll(data, []byte(nolint), []byte("// want")), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatalf("no %q comments in %s", nolint, shopDir)
	}
	r := lint(t, bin, dir, filepath.Join(dir, ".golangci.yml"))
	if r.exit != 1 {
		t.Errorf("exit status %d, want 1 (issues found)\nstderr:\n%s", r.exit, r.stderr)
	}
	checkIssues(t, r.issues, wants(t, dir))
}

// TestGolangciLintBadSettings shows that golangci-lint stops on an unknown
// key in the plugin's settings, naming it.
func TestGolangciLintBadSettings(t *testing.T) {
	bin := customGCL(t)
	dir := copyTree(t, shopDir)
	config := filepath.Join(dir, ".golangci.yml")
	data, err := os.ReadFile(config)
	if err != nil {
		t.Fatal(err)
	}
	const anchor = "        settings:\n"
	if !bytes.Contains(data, []byte(anchor)) {
		t.Fatalf("%s has no %q line", config, strings.TrimSpace(anchor))
	}
	data = bytes.Replace(data, []byte(anchor), []byte(anchor+"          catalog-file: docs/errcodes.md\n"), 1)
	if err := os.WriteFile(config, data, 0o644); err != nil {
		t.Fatal(err)
	}
	r := lint(t, bin, dir, config)
	if r.exit == 0 || r.exit == 1 {
		t.Errorf("exit status %d, want a failure\nstderr:\n%s", r.exit, r.stderr)
	}
	for _, s := range []string{"errcodecheck", "catalog-file", "unknown key"} {
		if !strings.Contains(r.stderr, s) {
			t.Errorf("golangci-lint's error does not mention %q:\n%s", s, r.stderr)
		}
	}
}

// TestGolangciLintRepo runs the custom golangci-lint with the repository's
// own .golangci.yml (errcodecheck included) on the repository: it must be
// clean.
//
// Linting the whole repository takes minutes, so it is its own step of
// .ci/run (ERRCODECHECK_SELFLINT=1 go test ./plugin -run
// TestGolangciLintRepo) rather than part of every go test ./... run.
func TestGolangciLintRepo(t *testing.T) {
	if os.Getenv("ERRCODECHECK_SELFLINT") != "1" {
		t.Skip("set ERRCODECHECK_SELFLINT=1 to lint the repository with the custom golangci-lint (.ci/run does)")
	}
	bin := customGCL(t)
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	r := lint(t, bin, root, filepath.Join(root, ".golangci.yml"))
	if !r.linters["errcodecheck"] {
		t.Errorf("errcodecheck is not an enabled linter of the repository's .golangci.yml (linters: %v)\nstderr:\n%s", r.linters, r.stderr)
	}
	for _, is := range r.issues {
		t.Errorf("%s:%d:%d: %s (%s)", is.Pos.Filename, is.Pos.Line, is.Pos.Column, is.Text, is.FromLinter)
	}
	if r.exit != 0 {
		t.Errorf("exit status %d, want 0\nstderr:\n%s", r.exit, r.stderr)
	}
}

// copyTree copies the directory src to a new temporary directory.
func copyTree(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

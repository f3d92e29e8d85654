package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// action is the part of action.yml the test reads.
type action struct {
	Name, Description string
	Inputs            map[string]struct {
		Description string
		Default     string
	}
	Runs struct {
		Using string
		Steps []actionStep
	}
}

type actionStep struct {
	Name, ID, If, Shell, Run, Uses string
	WorkingDirectory               string `yaml:"working-directory"`
	Env, With                      map[string]string
}

// repoRoot is the repository's root directory, where the action lives.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func readAction(t *testing.T) *action {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a action
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	return &a
}

// expression is a ${{ }} expression of a workflow.
var expression = regexp.MustCompile(`\$\{\{\s*(.*?)\s*\}\}`)

// actionRun is one run of the action's shell steps, as a GitHub runner
// would run them, the uses: steps left out.
type actionRun struct {
	status  []int    // exit status of each run: step, in order
	output  []string // their combined output
	outputs map[string]map[string]string
	temp    string // $RUNNER_TEMP
}

// runAction runs the run: steps of action.yml in the examples module with
// inputs (over the defaults), ${{ }} expressions substituted as GitHub
// would: the inputs, github.action_path (this checkout, so errcodecheck is
// built offline from it), steps.ID.outputs.NAME from $GITHUB_OUTPUT. It
// stops at the first step that fails.
func runAction(t *testing.T, a *action, inputs map[string]string) *actionRun {
	t.Helper()
	root := repoRoot(t)
	temp := t.TempDir()
	values := map[string]string{"github.action_path": root}
	for name, in := range a.Inputs {
		values["inputs."+name] = in.Default
	}
	for name, v := range inputs {
		if _, ok := a.Inputs[name]; !ok {
			t.Fatalf("action.yml has no input %s", name)
		}
		values["inputs."+name] = v
	}
	subst := func(s string) string {
		return expression.ReplaceAllStringFunc(s, func(e string) string {
			key := expression.FindStringSubmatch(e)[1]
			v, ok := values[key]
			if !ok {
				t.Fatalf("the test does not know the expression %s", e)
			}
			return v
		})
	}
	path := os.Getenv("PATH")
	run := &actionRun{outputs: map[string]map[string]string{}, temp: temp}
	for i, step := range a.Runs.Steps {
		if step.Run == "" {
			continue
		}
		if step.Shell != "bash" {
			t.Fatalf("step %q: shell %q, want bash (a composite step needs one)", step.Name, step.Shell)
		}
		outFile := filepath.Join(temp, "output"+string(rune('0'+i)))
		pathFile := filepath.Join(temp, "path")
		env := append(childEnv(), "RUNNER_TEMP="+temp, "GITHUB_OUTPUT="+outFile, "GITHUB_PATH="+pathFile, "PATH="+path)
		for k, v := range step.Env {
			env = append(env, k+"="+subst(v))
		}
		// GitHub runs bash with -e and -o pipefail: "bash --noprofile
		// --norc -eo pipefail {0}".
		cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", subst(step.Run))
		cmd.Dir = filepath.Join(root, "examples")
		if wd := subst(step.WorkingDirectory); wd != "" {
			cmd.Dir = filepath.Join(cmd.Dir, wd)
		}
		cmd.Env = env
		out, err := cmd.CombinedOutput()
		code := 0
		var ee *exec.ExitError
		switch {
		case errors.As(err, &ee):
			code = ee.ExitCode()
		case err != nil:
			t.Fatal(err)
		}
		run.status = append(run.status, code)
		run.output = append(run.output, string(out))
		if step.ID != "" {
			run.outputs[step.ID] = readKeyValues(t, outFile)
			for k, v := range run.outputs[step.ID] {
				values["steps."+step.ID+".outputs."+k] = v
			}
		}
		if data, err := os.ReadFile(pathFile); err == nil {
			for _, dir := range strings.Fields(string(data)) {
				path = dir + string(os.PathListSeparator) + path
			}
			os.Remove(pathFile)
		}
		if code != 0 {
			break
		}
	}
	return run
}

// readKeyValues reads the NAME=VALUE lines of a $GITHUB_OUTPUT file.
func readKeyValues(t *testing.T, name string) map[string]string {
	t.Helper()
	m := map[string]string{}
	f, err := os.Open(name)
	if errors.Is(err, os.ErrNotExist) {
		return m
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), "="); ok {
			m[k] = v
		}
	}
	return m
}

// TestAction checks action.yml: a composite action with the inputs the
// README names, uploading SARIF with codeql-action; then runs its shell
// steps on the examples module: errcodecheck is installed from this
// checkout, its SARIF log is written and valid, and the step fails on the
// findings; on a clean package it passes; with a bad config it fails
// before any upload.
func TestAction(t *testing.T) {
	if testing.Short() {
		t.Skip("installs errcodecheck")
	}
	a := readAction(t)
	if a.Name == "" || a.Description == "" || a.Runs.Using != "composite" {
		t.Fatalf("action.yml: name %q, description %q, runs.using %q", a.Name, a.Description, a.Runs.Using)
	}
	for _, name := range []string{"version", "patterns", "config", "working-directory"} {
		if in, ok := a.Inputs[name]; !ok || in.Description == "" {
			t.Errorf("action.yml: no input %s with a description", name)
		}
	}
	upload := false
	for _, s := range a.Runs.Steps {
		if strings.HasPrefix(s.Uses, "github/codeql-action/upload-sarif@") && s.With["sarif_file"] != "" {
			upload = true
		}
	}
	if !upload {
		t.Error("action.yml does not upload the SARIF log with github/codeql-action/upload-sarif")
	}

	r := runAction(t, a, nil)
	if len(r.status) != 3 || r.status[0] != 0 || r.status[1] != 0 || r.status[2] != 1 {
		t.Fatalf("want the install and run steps to pass and the last to fail on findings; statuses %v:\n%s", r.status, strings.Join(r.output, "\n---\n"))
	}
	if !strings.Contains(r.output[2], "::error::errcodecheck reported findings") {
		t.Errorf("the failing step does not say why: %s", r.output[2])
	}
	if got := r.outputs["run"]["status"]; got != "3" {
		t.Errorf("output status %q, want 3", got)
	}
	data, err := os.ReadFile(r.outputs["run"]["sarif-file"])
	if err != nil {
		t.Fatal(err)
	}
	validateSARIF(t, data)
	var log sarifLog
	if err := json.Unmarshal(data, &log); err != nil || len(log.Runs) != 1 || len(log.Runs[0].Results) != 6 {
		t.Fatalf("want a SARIF log of the 6 findings of the examples: %v\n%s", err, data)
	}
	if _, err := os.Stat(filepath.Join(r.temp, "errcodecheck-bin", "errcodecheck")); err != nil {
		t.Errorf("errcodecheck was not installed from the checkout: %v", err)
	}
	// In a git checkout (not in a module zip), paths are from its root.
	if _, err := os.Stat(filepath.Join(repoRoot(t), ".git")); err == nil {
		if uri := log.Runs[0].Results[0].uri(); !strings.HasPrefix(uri, "examples/") {
			t.Errorf("uri %q: want a path from the repository root (examples/...)", uri)
		}
	}

	r = runAction(t, a, map[string]string{"patterns": "./apierr ./user/usercode", "args": "-test=false"})
	if len(r.status) != 3 || r.status[1] != 0 || r.status[2] != 0 || r.outputs["run"]["status"] != "0" {
		t.Errorf("clean packages: statuses %v, outputs %v:\n%s", r.status, r.outputs, strings.Join(r.output, "\n---\n"))
	}

	r = runAction(t, a, map[string]string{"config": "nosuch.yml"})
	if len(r.status) != 2 || r.status[1] != 1 || !strings.Contains(r.output[1], "nosuch.yml") {
		t.Errorf("bad config: want the run step to fail with status 1 naming the file; statuses %v:\n%s", r.status, strings.Join(r.output, "\n---\n"))
	}
}

// hook is an entry of .pre-commit-hooks.yaml.
type hook struct {
	ID, Name, Entry, Language, Files string
	PassFilenames                    *bool `yaml:"pass_filenames"`
}

// TestPreCommitHook checks .pre-commit-hooks.yaml and runs its entry on
// the examples module as pre-commit would, with errcodecheck on PATH.
func TestPreCommitHook(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(repoRoot(t), ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var hooks []hook
	if err := yaml.Unmarshal(data, &hooks); err != nil {
		t.Fatalf(".pre-commit-hooks.yaml: %v", err)
	}
	if len(hooks) != 1 {
		t.Fatalf("want one hook, got %d", len(hooks))
	}
	h := hooks[0]
	if h.ID != "errcodecheck" || h.Name == "" || h.Language != "golang" && h.Language != "system" {
		t.Errorf("hook: id %q, name %q, language %q", h.ID, h.Name, h.Language)
	}
	if h.PassFilenames == nil || *h.PassFilenames {
		t.Error("hook: pass_filenames must be false: errcodecheck checks packages, not files")
	}
	files := regexp.MustCompile(h.Files)
	for name, want := range map[string]bool{"a/b.go": true, "go.mod": true, "x/go.sum": true, "docs/errcodes.md": true, ".errcodecheck.yml": true, "logo.png": false, "notgo.mod": false} {
		if files.MatchString(name) != want {
			t.Errorf("hook files %q: matches %s is %v, want %v", h.Files, name, !want, want)
		}
	}
	args := strings.Fields(h.Entry)
	if len(args) == 0 || args[0] != "errcodecheck" || strings.ContainsAny(h.Entry, `"'\`) {
		t.Fatalf("hook entry %q: want errcodecheck and plain arguments", h.Entry)
	}
	cmd := exec.Command(binary, args[1:]...)
	cmd.Dir = filepath.Join(repoRoot(t), "examples")
	cmd.Env = childEnv()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err = cmd.Run()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 3 || strings.Count(stderr.String(), "\n") != 6 {
		t.Errorf("hook entry on the examples: want exit status 3 and 6 findings, got %v:\n%s", err, stderr.String())
	}
}

package driver

import (
	"bytes"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/packages"
)

// sourceRoot returns the directory that SARIF, code-climate and checkstyle
// paths are relative to: Options.SourceRoot when given, else the root of
// the git repository holding the main module (what GitHub code scanning
// and GitLab resolve paths against), else the module root. A module in
// services/acme of a monorepo thus reports services/acme/x.go, not x.go,
// which code scanning would put on the wrong file.
func (r *run) sourceRoot(pkgs []*packages.Package) string {
	if r.rootDone {
		return r.root
	}
	r.rootDone = true
	mod := moduleRoot(pkgs, r.o.Dir)
	switch {
	case r.o.SourceRoot != "":
		r.root = r.o.SourceRoot
	default:
		if top, err := gitTopLevel(mod); err == nil {
			r.root = top
		} else {
			r.root = mod
		}
	}
	return r.root
}

// gitTopLevel returns the root of the git work tree holding dir.
func gitTopLevel(dir string) (string, error) {
	out, err := git(dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return "", err
	}
	return filepath.FromSlash(strings.TrimSpace(string(out))), nil
}

// git runs git with args in dir and returns its standard output; the
// error holds git's standard error.
func git(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", append([]string{"-c", "core.quotePath=false"}, args...)...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git %s: %s", strings.Join(args, " "), msg)
	}
	return out, nil
}

// relPath returns filename relative to root with slashes, or the absolute
// name when it is outside root. Both sides have their symbolic links
// resolved, since git names its root by its real path.
func relPath(root, filename string) (string, bool) {
	if root == "" {
		return filepath.ToSlash(filename), false
	}
	if rel, err := filepath.Rel(root, filename); err == nil && filepath.IsLocal(rel) {
		return filepath.ToSlash(rel), true
	}
	rroot, err1 := filepath.EvalSymlinks(root)
	rfile, err2 := filepath.EvalSymlinks(filename)
	if err1 == nil && err2 == nil {
		if rel, err := filepath.Rel(rroot, rfile); err == nil && filepath.IsLocal(rel) {
			return filepath.ToSlash(rel), true
		}
	}
	return filepath.ToSlash(filename), false
}

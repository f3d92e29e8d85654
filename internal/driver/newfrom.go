package driver

import (
	"bufio"
	"bytes"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
)

// changedLines are the lines added or modified since a revision, by file
// relative to the git repository root; a file that git does not track is
// new as a whole (nil line set).
type changedLines struct {
	root  string
	files map[string]map[int]bool
}

// newChangedLines asks git, in dir, which lines changed between rev and
// the work tree (staged or not), as golangci-lint's new-from-rev does, and
// which files are untracked.
func newChangedLines(dir, rev string) (*changedLines, error) {
	root, err := gitTopLevel(dir)
	if err != nil {
		return nil, fmt.Errorf("-new-from-rev: %s is not in a git repository (%v)", dir, err)
	}
	if strings.HasPrefix(rev, "-") {
		return nil, fmt.Errorf("-new-from-rev: %q is not a revision", rev)
	}
	if _, err := git(root, "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}"); err != nil {
		return nil, fmt.Errorf("-new-from-rev: %q is not a commit of the repository %s", rev, root)
	}
	// The prefixes are set since a user's diff.noprefix or
	// diff.mnemonicPrefix would change the names parseDiff reads.
	diff, err := git(root, "diff", "--no-color", "--no-ext-diff", "--no-renames", "--src-prefix=a/", "--dst-prefix=b/", "-U0", rev, "--")
	if err != nil {
		return nil, fmt.Errorf("-new-from-rev: %v", err)
	}
	c := &changedLines{root: root, files: map[string]map[int]bool{}}
	if err := c.parseDiff(diff); err != nil {
		return nil, fmt.Errorf("-new-from-rev: %v", err)
	}
	untracked, err := git(root, "ls-files", "--others", "--exclude-standard", "-z")
	if err != nil {
		return nil, fmt.Errorf("-new-from-rev: %v", err)
	}
	for _, name := range strings.Split(string(untracked), "\x00") {
		if name != "" {
			c.files[name] = nil
		}
	}
	return c, nil
}

// parseDiff records the new side of each hunk of a -U0 unified diff.
func (c *changedLines) parseDiff(diff []byte) error {
	var file string // "" for a deleted file
	sc := bufio.NewScanner(bytes.NewReader(diff))
	sc.Buffer(nil, 1<<30) // a minified line may be long
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "+++ "):
			name := strings.TrimPrefix(line, "+++ ")
			if strings.HasPrefix(name, `"`) {
				// git quotes names with special characters C-style.
				u, err := strconv.Unquote(name)
				if err != nil {
					return fmt.Errorf("git diff: cannot read the file name %s", name)
				}
				name = u
			}
			file = ""
			if name != "/dev/null" {
				file = strings.TrimPrefix(name, "b/")
				if _, ok := c.files[file]; !ok {
					c.files[file] = map[int]bool{}
				}
			}
		case strings.HasPrefix(line, "@@ ") && file != "":
			// @@ -a[,b] +c[,d] @@: d lines from c are new (d defaults to 1).
			f := strings.Fields(line)
			if len(f) < 3 || !strings.HasPrefix(f[2], "+") {
				return fmt.Errorf("git diff: cannot read the hunk header %q", line)
			}
			start, count, ok := strings.Cut(f[2][1:], ",")
			from, err1 := strconv.Atoi(start)
			n, err2 := 1, error(nil)
			if ok {
				n, err2 = strconv.Atoi(count)
			}
			if err1 != nil || err2 != nil {
				return fmt.Errorf("git diff: cannot read the hunk header %q", line)
			}
			for l := from; l < from+n; l++ {
				c.files[file][l] = true
			}
		}
	}
	return sc.Err()
}

// has reports whether line of filename (absolute) is new. A file outside
// the repository cannot be judged: its findings are kept (outside is
// true), since dropping them would turn a gate green unseen.
func (c *changedLines) has(filename string, line int) (isNew, outside bool) {
	rel, ok := relPath(c.root, filepath.Clean(filename))
	if !ok {
		return true, true
	}
	lines, changed := c.files[rel]
	return changed && (lines == nil || lines[line]), false
}

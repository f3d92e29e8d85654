package driver

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// An edit replaces the bytes [start, end) of a file with text.
type edit struct {
	start, end int
	text       string
}

// conflicts reports whether a and b cannot both be applied: their ranges
// overlap, or they start at the same offset, where their order would be
// a guess. Identical edits (the same import added by two fixes) do not
// conflict: they are applied once.
func conflicts(a, b edit) bool {
	if a == b {
		return false
	}
	if a.start == b.start {
		return true
	}
	return a.start < b.end && b.start < a.end
}

// applyEdits returns src with edits applied. The edits must not conflict;
// identical edits are applied once.
func applyEdits(src []byte, edits []edit) []byte {
	edits = slices.Clone(edits)
	slices.SortFunc(edits, func(a, b edit) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end))
	})
	edits = slices.Compact(edits)
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		out.Write(src[last:e.start])
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(src[last:])
	return out.Bytes()
}

// fileFix is one file's share of the edits of the fixes applied.
type fileFix struct {
	name      string
	orig      []byte
	ends      lineEnds
	generated bool
	imports   []span     // the import specs and declarations of orig
	bad       bool       // the file changed since it was analyzed, or cannot be read
	touched   bool       // a fix taken edits it (maybe only removing an import)
	edits     []edit     // sorted by start; no two conflict
	owner     []*finding // owner[i] is the finding whose fix holds edits[i]
}

// fix applies the first suggested fix of each finding, in position order,
// skipping (and saying so) a fix whose edits conflict with those of a fix
// already taken, or that would edit a generated file, a file outside the
// main module(s), a file rewritten by cgo or a file that changed since it
// was analyzed. Each file is written atomically. With Diff it prints the
// changes as a unified diff instead of writing them. It returns the
// findings left unfixed: those whose fix was skipped or whose file could
// not be written.
func (r *run) fix(findings []*finding) ([]*finding, error) {
	files := map[string]*fileFix{}
	load := func(name string) *fileFix {
		if ff, ok := files[name]; ok {
			return ff
		}
		ff := &fileFix{name: name}
		files[name] = ff
		data, err := os.ReadFile(name)
		want, ok := r.analyzedHash(name)
		switch {
		case err != nil:
			r.fail(fmt.Sprintf("%s: fixes not applied: %v", r.displayPath(name), err))
			ff.bad = true
		case !ok || sha256.Sum256(data) != want:
			// The offsets of the fixes are those of the bytes analyzed:
			// in other bytes they would splice text anywhere.
			r.fail(fmt.Sprintf("%s: fixes not applied: the file changed after it was analyzed; run again", r.displayPath(name)))
			ff.bad = true
		default:
			ff.orig = data
			ff.ends = detectLineEnds(data)
			if f, _ := parser.ParseFile(token.NewFileSet(), name, data, parser.ImportsOnly|parser.ParseComments); f != nil {
				ff.generated = ast.IsGenerated(f)
				ff.imports = importSpans(f)
			}
		}
		return ff
	}

	var remaining []*finding
	fileOf := map[*finding][]string{} // the files a fix taken edits
next:
	for _, f := range findings {
		if len(f.diag.SuggestedFixes) == 0 {
			remaining = append(remaining, f)
			continue
		}
		sf := f.diag.SuggestedFixes[0]
		placed, cgoFile, err := r.placeFix(f.fset, sf)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", r.position(f.pos), err)
		}
		skip := func(why string) {
			fmt.Fprintf(r.o.Stderr, "%s: fix skipped: %s\n", r.position(f.pos), why)
			remaining = append(remaining, f)
		}
		if cgoFile != "" {
			skip(r.displayPath(cgoFile) + " is rewritten by cgo: fix it by hand")
			continue
		}
		type edited struct {
			ff *fileFix
			e  edit
		}
		var edits []edited
		for _, pe := range placed {
			if !r.files.writable[pe.file] {
				skip(r.displayPath(pe.file) + " is not in the main module")
				continue next
			}
			ff := load(pe.file)
			switch {
			case ff.bad:
				remaining = append(remaining, f) // said once for the file
				continue next
			case ff.generated:
				skip(r.displayPath(pe.file) + " is a generated file")
				continue next
			}
			e := edit{pe.start, pe.end, ff.ends.convert(pe.text)}
			if e.start < 0 || e.end > len(ff.orig) || e.start > e.end {
				return nil, fmt.Errorf("%s: fix %q edits outside %s", r.position(f.pos), sf.Message, r.displayPath(pe.file))
			}
			ff.touched = true
			if ff.isImportDeletion(e) {
				// Removing an import is left to the cleanup after all
				// fixes: another fix of the file may still use it.
				continue
			}
			if i, ok := ff.conflict(e); ok {
				skip(fmt.Sprintf("its edits overlap those of the fix for %s; run again to apply it", r.position(ff.owner[i].pos)))
				continue next
			}
			edits = append(edits, edited{ff, e})
		}
		for _, p := range edits {
			p.ff.add(p.e, f)
			if !slices.Contains(fileOf[f], p.ff.name) {
				fileOf[f] = append(fileOf[f], p.ff.name)
			}
		}
		if _, ok := fileOf[f]; !ok {
			fileOf[f] = nil // a fix that only removes an import: taken
		}
	}

	names := make([]string, 0, len(files))
	for name, ff := range files {
		if ff.touched {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	failed := map[string]bool{}
	for _, name := range names {
		ff := files[name]
		out := ff.result()
		if bytes.Equal(out, ff.orig) {
			continue // its fixes were skipped after all
		}
		if r.o.Diff {
			path := filepath.ToSlash(r.displayPath(name))
			_, _ = r.o.Stdout.Write(unified("a/"+path, "b/"+path, ff.orig, out)) // a write error is seen by r.stdout
			continue
		}
		write := writeFileAtomic
		if r.o.writeFile != nil {
			write = r.o.writeFile
		}
		if err := write(name, ff.orig, out); err != nil {
			r.fail(fmt.Sprintf("%s: fixes not applied: %v", r.displayPath(name), err))
			failed[name] = true
		}
	}
	// A finding is fixed when every file its fix edits was written.
	if len(failed) > 0 {
		for _, f := range findings {
			if names, ok := fileOf[f]; ok && slices.ContainsFunc(names, func(n string) bool { return failed[n] }) {
				remaining = append(remaining, f)
			}
		}
		slices.SortStableFunc(remaining, func(a, b *finding) int { return compareDiag(a.pos, a.end, &a.diag, b.pos, b.end, &b.diag) })
	}
	return remaining, nil
}

// conflict returns the index of an edit taken that conflicts with e.
// The edits taken are sorted by start and do not conflict, so their
// starts, and ends, increase: only the neighbors of e's place can
// conflict with it, and a file with thousands of fixes costs n log n.
func (ff *fileFix) conflict(e edit) (int, bool) {
	i, _ := slices.BinarySearchFunc(ff.edits, e.start, func(x edit, start int) int { return cmp.Compare(x.start, start) })
	for _, j := range []int{i - 1, i} {
		if 0 <= j && j < len(ff.edits) && conflicts(ff.edits[j], e) {
			return j, true
		}
	}
	return 0, false
}

// add takes the edit e of f's fix; an edit already taken (the same import
// added by two fixes) is taken once.
func (ff *fileFix) add(e edit, f *finding) {
	i, found := slices.BinarySearchFunc(ff.edits, e.start, func(x edit, start int) int { return cmp.Compare(x.start, start) })
	if found && ff.edits[i] == e {
		return
	}
	ff.edits = slices.Insert(ff.edits, i, e)
	ff.owner = slices.Insert(ff.owner, i, f)
}

// result returns the file with its edits applied, imports that the fixes
// left unused removed, formatted as gofmt would if the original was.
func (ff *fileFix) result() []byte {
	out := applyEdits(ff.orig, ff.edits)
	out = removeUnusedImports(ff.orig, out)
	// Fixes are minimal edits; leave the file as gofmt would, if it was
	// so, and with its line endings and byte order mark.
	orig := ff.ends.normalize(ff.orig)
	if formatted, err := format.Source(orig); err == nil && bytes.Equal(formatted, orig) {
		if formatted, err := format.Source(ff.ends.normalize(out)); err == nil {
			out = ff.ends.restore(formatted)
		}
	}
	return out
}

// writeFileAtomic replaces the file name, whose content was orig, with
// data: written to a temporary file in the same directory, given the
// file's mode and renamed over it, so that the file is never half written.
// It refuses when the file changed since it was read.
func writeFileAtomic(name string, orig, data []byte) (err error) {
	if target, err := filepath.EvalSymlinks(name); err == nil {
		name = target // replace the file, not the link
	}
	st, err := os.Stat(name)
	if err != nil {
		return err
	}
	if !st.Mode().IsRegular() {
		return errors.New("not a regular file")
	}
	// A short name: a long file name plus a suffix could exceed NAME_MAX.
	tmp, err := os.CreateTemp(filepath.Dir(name), ".errcodecheck-*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return err
	}
	if err := tmp.Chmod(st.Mode().Perm()); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	// The last moment to see an edit made during the run.
	if now, err := os.ReadFile(name); err != nil || !bytes.Equal(now, orig) {
		return errors.New("the file changed after it was analyzed; run again")
	}
	return os.Rename(tmp.Name(), name)
}

// position formats a position as file:line:col with the display path.
func (r *run) position(p token.Position) string {
	return fmt.Sprintf("%s:%d:%d", r.displayPath(p.Filename), p.Line, p.Column)
}

// lineEnds are a file's conventions that fixes must keep.
type lineEnds struct {
	crlf bool // every line ends with \r\n
	bom  bool // the file starts with a UTF-8 byte order mark
}

const bom = "\xef\xbb\xbf"

func detectLineEnds(data []byte) lineEnds {
	n := bytes.Count(data, []byte("\n"))
	return lineEnds{
		crlf: n > 0 && bytes.Count(data, []byte("\r\n")) == n,
		bom:  bytes.HasPrefix(data, []byte(bom)),
	}
}

// convert gives the new text of an edit the file's line endings.
func (le lineEnds) convert(text string) string {
	if !le.crlf || !strings.Contains(text, "\n") {
		return text
	}
	return strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\n", "\r\n")
}

// normalize returns data as gofmt writes it: no BOM, LF line endings.
func (le lineEnds) normalize(data []byte) []byte {
	if le.bom {
		data = bytes.TrimPrefix(data, []byte(bom))
	}
	if le.crlf {
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	}
	return data
}

// restore undoes normalize.
func (le lineEnds) restore(data []byte) []byte {
	if le.crlf {
		data = bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))
	}
	if le.bom {
		data = append([]byte(bom), data...)
	}
	return data
}

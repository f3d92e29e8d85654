package driver

import "github.com/aymanbagabas/go-udiff"

// unified returns the unified diff (diff -u, three lines of context) that
// turns before into after, with the file names oldName and newName, or
// nothing when they are equal. It is go-udiff's, a port of the x/tools
// diff, in linear space: the memory of a diff grows with the files, not
// with the square of the number of changes.
func unified(oldName, newName string, before, after []byte) []byte {
	return []byte(udiff.Unified(oldName, newName, string(before), string(after)))
}

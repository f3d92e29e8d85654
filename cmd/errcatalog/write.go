package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// sameFile reports whether the paths out and in name one file. A path
// that does not exist names no file yet.
func sameFile(out, in string) (bool, error) {
	a, err := os.Stat(out)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	} else if err != nil {
		return false, err
	}
	b, err := os.Stat(in)
	if err != nil {
		return false, nil // the catalog's own error comes when it is read
	}
	return os.SameFile(a, b), nil
}

// writeFileAtomic replaces the file at path with data, so that a reader
// (or a failed write) never sees half a file: data goes to a new file in
// the same directory, which is renamed over path. An existing file keeps
// its mode; a new one gets 0666 less the umask, as os.WriteFile gives.
// Through a symlink, the link's target is replaced, and the link stays.
// Missing directories are created.
func writeFileAtomic(path string, data []byte) error {
	if target, err := filepath.EvalSymlinks(path); err == nil {
		path = target
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return err
	}
	perm, keep := fs.FileMode(0o666), false
	switch st, err := os.Stat(path); {
	case err == nil && st.IsDir():
		return fmt.Errorf("%s is a directory", path)
	case err == nil:
		perm, keep = st.Mode().Perm(), true
	case !errors.Is(err, fs.ErrNotExist):
		return err
	}
	tmp, err := createTemp(dir, filepath.Base(path), perm)
	if err != nil {
		return err
	}
	name := tmp.Name()
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(name)
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return err
	}
	if keep { // the umask applied at creation must not change the mode
		if err := tmp.Chmod(perm); err != nil {
			return err
		}
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(name, path); err != nil {
		return err
	}
	ok = true
	return nil
}

// createTemp creates a new file beside base in dir with mode perm (less
// the umask). os.CreateTemp would give 0600 whatever the umask.
func createTemp(dir, base string, perm fs.FileMode) (*os.File, error) {
	seed := uint64(time.Now().UnixNano()) ^ uint64(os.Getpid())<<32
	for range 100 {
		seed = seed*6364136223846793005 + 1442695040888963407
		name := filepath.Join(dir, "."+base+".tmp"+strconv.FormatUint(seed>>40, 36))
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, fmt.Errorf("%s: cannot create a temporary file", dir)
}

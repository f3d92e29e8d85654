package catalog

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// MaxFileSize bounds the size of a file ReadFile reads: 64 MiB, a thousand
// times the largest real catalog, small enough to refuse a mistaken path
// (a log, a disk image) before it eats the memory of every process.
const MaxFileSize = 64 << 20

// ReadFile reads a file of outside input, a catalog or a config file, with
// the guarantees the commands promise: a named pipe, device or socket is
// refused instead of read (a FIFO without a writer would block forever),
// and a file over MaxFileSize is refused with the limit in the message.
// Errors name the path.
func ReadFile(path string) ([]byte, error) { return readFile(path, "") }

// readFile is ReadFile with what ("catalog", or "" for any file) naming
// the file's role in messages.
func readFile(path, what string) ([]byte, error) {
	noun := "file"
	if what != "" {
		noun = what + " file"
	}
	// Stat first: opening a FIFO for reading blocks until a writer comes.
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("%s: %s does not exist", path, noun)
	case err != nil:
		return nil, err
	}
	if err := regular(path, what, st); err != nil {
		return nil, err
	}
	// The file can be swapped for a FIFO between the Stat and the open:
	// open without blocking and check what was opened.
	f, err := os.OpenFile(path, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := regular(path, what, st); err != nil {
		return nil, err
	}
	if st.Size() > MaxFileSize {
		return nil, tooLarge(path, noun)
	}
	// The size can grow while we read: read one byte past the limit to
	// tell.
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if len(data) > MaxFileSize {
		return nil, tooLarge(path, noun)
	}
	return data, nil
}

func tooLarge(path, noun string) error {
	return fmt.Errorf("%s: %s is larger than %d MiB, the limit for catalog and config files", path, noun, MaxFileSize>>20)
}

// regular returns an error unless st is a regular file's.
func regular(path, what string, st fs.FileInfo) error {
	m := st.Mode()
	if m.IsRegular() {
		return nil
	}
	if m.IsDir() {
		if what == "catalog" {
			return fmt.Errorf("%s: catalog is a directory, want a Markdown file", path)
		}
		return fmt.Errorf("%s: is a directory, not a regular file", path)
	}
	kind := "special file"
	switch {
	case m&fs.ModeNamedPipe != 0:
		kind = "named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		kind = "socket"
	case m&fs.ModeCharDevice != 0:
		kind = "character device"
	case m&fs.ModeDevice != 0:
		kind = "device"
	}
	return fmt.Errorf("%s: is a %s, not a regular file: refusing to read it", path, kind)
}

package driver

import "io"

// errWriter passes writes to w and remembers the first error, so that a
// result lost on its way out (standard output on a full disk, a closed
// pipe) makes the run fail instead of exiting as if all went well.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	if err != nil {
		e.err = err
	}
	return n, err
}

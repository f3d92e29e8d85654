//go:build unix

package catalog

import "syscall"

// openNonblock keeps open from waiting for a FIFO's writer.
const openNonblock = syscall.O_NONBLOCK

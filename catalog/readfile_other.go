//go:build !unix

package catalog

// openNonblock is 0 where opening a file cannot block for a writer.
const openNonblock = 0

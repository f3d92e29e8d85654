// Package codes holds code symbols outside any namespace: identifiers of
// every namespace count.
package codes

// Swapped: each of the pair is reported, with a fix.
const (
	ErrUserNotFound = 40400002 // want `constant ErrUserNotFound is error code 40400002, but the catalog's ErrUserNotFound is error code 40400001 \(40400002 is ErrNameTaken\)`
	ErrNameTaken    = 40400001 // want `constant ErrNameTaken is error code 40400001, but the catalog's ErrNameTaken is error code 40400002 \(40400001 is ErrUserNotFound\)`
)

// Right: no report.
const ErrForbidden = 40300001

// ErrExists is 40000003 in user and 40000005 in platform: either is right
// outside a namespace; another registered code is wrong in both, and no
// fix is offered (which one?).
const (
	ErrExistsOK = 40000005
	ErrExists   = 40000006 // want `constant ErrExists is error code 40000006, but the catalog's ErrExists is error code 40000003 or 40000005 \(40000006 is ErrClusterGone\)`
)

// A registered code whose entry has no identifier: named, no fix beyond
// the value.
const ErrBadToken = (40000001) // want `constant ErrBadToken is error code 40000001, but the catalog's ErrBadToken is error code 40100001$`

// Not registered: not this check's business (no entry's code).
const ErrClusterGone = 40000099

// An expression is reported, but not rewritten.
const base = 40000000
const ErrNoRoot = base + 5 // want `constant ErrNoRoot is error code 40000005, but the catalog's ErrNoRoot is error code 40000007 \(40000005 is ErrExists\)`

// Not an identifier of the catalog: nothing to compare.
const ErrSomethingElse = 40400001

// A directive silences it.
const (
	//errcodecheck:ignore symbol-mismatch legacy value kept for old clients
	ErrUserNotFoundV1 = 40400002
)

func f() {
	// Local constants are no code symbols.
	const ErrNameTaken = 40400001
	_ = ErrNameTaken
}
